#pragma once

#include "core/auth/session.h"
#include "core/store/database.h"
#include "core/time/clock.h"
#include "tests/support/tempdir.h"

#include <memory>

namespace skranke::test {

// A fresh database with a Danish company and an owner ("owner", PIN 1234),
// at a fixed time (2026-03-02 09:00 UTC). Sessions are made without a login
// so tests pay for Argon2 only when they test logging in.
class TestBusiness final {
public:
    explicit TestBusiness(const QString& country = QStringLiteral("DK"));

    Database& db() { return *m_db; }
    FixedClock& clock() { return m_clock; }
    const QString& path() const { return m_path; }
    Session owner();
    // A new user with the given role ("manager", "front_desk") and PIN 4321.
    Session userWithRole(const QString& login, const QString& role);

private:
    TempDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
};

}  // namespace skranke::test
