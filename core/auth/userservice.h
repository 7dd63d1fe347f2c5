#pragma once

#include "core/auth/staffuser.h"

#include <QCoreApplication>
#include <QSet>
#include <optional>
#include <vector>

namespace skranke {

class Clock;
class Database;
class Session;

struct NewStaffUser {
    QString login;
    QString displayName;
    QString role;  // role name or built-in key ("owner", "manager", "front_desk")
    SecretKind secretKind = SecretKind::Pin;
    QString secret;
};

// Staff users and roles. Users are deactivated, never deleted.
class UserService final {
    Q_DECLARE_TR_FUNCTIONS(skranke::UserService)
public:
    static bool hasUsers(Database& db);
    // The first start: creates the owner when no user exists yet.
    static StaffUser createOwner(Database& db, const Clock& clock, const NewStaffUser& owner);
    static StaffUser create(const Session& session, const NewStaffUser& user);
    static void changeSecret(const Session& session, const QString& login, SecretKind kind,
                             const QString& secret);
    static void setActive(const Session& session, const QString& login, bool active);
    static void setRole(const Session& session, const QString& login, const QString& role);

    static std::vector<StaffUser> list(Database& db);
    static std::optional<StaffUser> find(Database& db, const QString& login);
    static std::vector<Role> roles(Database& db);
    static QSet<QString> rightsOf(Database& db, const StaffUser& user);

    // Field-naming validation, shared with the forms.
    static void validateLogin(const QString& login);
    static void validateSecret(SecretKind kind, const QString& secret);

private:
    static StaffUser insert(Database& db, const Clock& clock, const NewStaffUser& user);
    static std::int64_t roleId(Database& db, const QString& role);
};

}  // namespace skranke
