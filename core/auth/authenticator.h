#pragma once

#include "core/auth/session.h"

#include <QCoreApplication>

namespace skranke {

class Clock;
class Database;

// Logs a staff user in. Five wrong PINs in a row lock the user for five
// minutes; failed attempts and lockouts are journaled and committed even
// though the login itself fails.
class Authenticator final {
    Q_DECLARE_TR_FUNCTIONS(skranke::Authenticator)
public:
    static constexpr int MaxFailedAttempts = 5;
    static constexpr std::int64_t LockoutMs = 5 * 60 * 1000;

    static Session login(Database& db, const Clock& clock, const QString& login,
                         const QString& secret);
};

}  // namespace skranke
