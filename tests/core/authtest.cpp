#include "core/auth/authenticator.h"
#include "core/auth/rights.h"
#include "core/auth/secrethasher.h"
#include "core/auth/userservice.h"
#include "core/journal/journal.h"
#include "core/store/error.h"
#include "tests/support/testbusiness.h"

#include <catch2/catch.hpp>

using namespace skranke;

namespace {

ErrorCode loginError(test::TestBusiness& b, const QString& login, const QString& pin) {
    try {
        Authenticator::login(b.db(), b.clock(), login, pin);
    } catch (const Error& e) {
        return e.code();
    }
    FAIL("login should have failed");
    return ErrorCode::Storage;
}

}  // namespace

TEST_CASE("secrets are stored as Argon2id hashes and verified", "[auth]") {
    const QString hash = SecretHasher::hash(QStringLiteral("1234"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(QStringLiteral("1234$")));
    CHECK(SecretHasher::verify(hash, QStringLiteral("1234")));
    CHECK_FALSE(SecretHasher::verify(hash, QStringLiteral("1235")));
    CHECK(SecretHasher::hash(QStringLiteral("1234")) != hash);  // salted
}

TEST_CASE("the owner logs in with the right PIN and has every right", "[auth]") {
    test::TestBusiness b;
    const Session s =
        Authenticator::login(b.db(), b.clock(), QStringLiteral("owner"), QStringLiteral("1234"));
    CHECK(s.user().displayName == QStringLiteral("Olivia Owner"));
    for (const QString& r : rights::all())
        CHECK(s.has(r));
}

TEST_CASE("only one owner is created at first start", "[auth]") {
    test::TestBusiness b;
    CHECK_THROWS_AS(UserService::createOwner(b.db(), b.clock(),
                                             {QStringLiteral("eve"),
                                              QStringLiteral("Eve"),
                                              {},
                                              SecretKind::Pin,
                                              QStringLiteral("1111")}),
                    Error);
    CHECK(UserService::list(b.db()).size() == 1);
}

TEST_CASE("built-in roles grant their rights", "[auth]") {
    test::TestBusiness b;
    const Session desk = b.userWithRole(QStringLiteral("frida"), QStringLiteral("front_desk"));
    CHECK(desk.has(rights::TillSell));
    CHECK(desk.has(rights::BookingEdit));
    CHECK(desk.has(rights::TillRefund));  // returns at the till, since the till issue
    CHECK_FALSE(desk.has(rights::LedgerWriteOff));
    CHECK_FALSE(desk.has(rights::UsersManage));
    const Session manager = b.userWithRole(QStringLiteral("mads"), QStringLiteral("manager"));
    CHECK(manager.has(rights::DunningRun));
    CHECK(manager.has(rights::SettingsEdit));
    CHECK_FALSE(manager.has(rights::UsersManage));
}

TEST_CASE("a command without the right is refused and writes nothing", "[auth]") {
    test::TestBusiness b;
    const Session desk = b.userWithRole(QStringLiteral("frida"), QStringLiteral("front_desk"));
    const auto journalBefore = Journal::count(b.db());
    try {
        UserService::create(desk,
                            {QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("manager"),
                             SecretKind::Pin, QStringLiteral("1111")});
        FAIL("expected Forbidden");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::Forbidden);
        CHECK(e.message().contains(QStringLiteral("users.manage")));
    }
    CHECK_FALSE(UserService::find(b.db(), QStringLiteral("x")));
    CHECK(Journal::count(b.db()) == journalBefore);
}

TEST_CASE("commands record the acting user in the journal", "[auth]") {
    test::TestBusiness b;
    const Session owner = b.owner();
    UserService::create(owner,
                        {QStringLiteral("mads"), QStringLiteral("Mads"), QStringLiteral("manager"),
                         SecretKind::Pin, QStringLiteral("5555")});
    const auto newest = Journal::page(b.db(), 0, 1);
    REQUIRE(newest.size() == 1);
    CHECK(newest[0].userLogin == QStringLiteral("owner"));
    CHECK(newest[0].action == QStringLiteral("create"));
    CHECK(newest[0].payload.contains(QStringLiteral("mads")));
}

TEST_CASE("five wrong PINs lock the user for five minutes", "[auth]") {
    test::TestBusiness b;
    for (int i = 0; i < 4; ++i)
        CHECK(loginError(b, QStringLiteral("owner"), QStringLiteral("0000")) ==
              ErrorCode::InvalidInput);
    CHECK(loginError(b, QStringLiteral("owner"), QStringLiteral("0000")) == ErrorCode::Locked);
    // Locked: even the right PIN is refused.
    CHECK(loginError(b, QStringLiteral("owner"), QStringLiteral("1234")) == ErrorCode::Locked);
    b.clock().advanceMs(4 * 60 * 1000 + 59 * 1000);
    CHECK(loginError(b, QStringLiteral("owner"), QStringLiteral("1234")) == ErrorCode::Locked);
    b.clock().advanceMs(1000);
    CHECK_NOTHROW(
        Authenticator::login(b.db(), b.clock(), QStringLiteral("owner"), QStringLiteral("1234")));
    CHECK(Journal::verify(b.db()).ok());
}

TEST_CASE("a right PIN resets the count of wrong ones", "[auth]") {
    test::TestBusiness b;
    for (int i = 0; i < 4; ++i)
        loginError(b, QStringLiteral("owner"), QStringLiteral("9999"));
    Authenticator::login(b.db(), b.clock(), QStringLiteral("owner"), QStringLiteral("1234"));
    CHECK(loginError(b, QStringLiteral("owner"), QStringLiteral("9999")) ==
          ErrorCode::InvalidInput);
}

TEST_CASE("bad user input names the field", "[auth]") {
    test::TestBusiness b;
    const Session owner = b.owner();
    auto fieldOf = [&](const NewStaffUser& u) {
        try {
            UserService::create(owner, u);
        } catch (const Error& e) {
            return e.field();
        }
        return QString();
    };
    CHECK(fieldOf({QStringLiteral("Bad Login"), QStringLiteral("X"), QStringLiteral("manager"),
                   SecretKind::Pin, QStringLiteral("1234")}) == QStringLiteral("login"));
    CHECK(fieldOf({QStringLiteral("ok"), QStringLiteral(" "), QStringLiteral("manager"),
                   SecretKind::Pin, QStringLiteral("1234")}) == QStringLiteral("display_name"));
    CHECK(fieldOf({QStringLiteral("ok"), QStringLiteral("Ok"), QStringLiteral("manager"),
                   SecretKind::Pin, QStringLiteral("12a4")}) == QStringLiteral("pin"));
    CHECK(fieldOf({QStringLiteral("ok"), QStringLiteral("Ok"), QStringLiteral("manager"),
                   SecretKind::Password, QStringLiteral("short")}) == QStringLiteral("password"));
    CHECK(fieldOf({QStringLiteral("ok"), QStringLiteral("Ok"), QStringLiteral("chef"),
                   SecretKind::Pin, QStringLiteral("1234")}) == QStringLiteral("role"));
    CHECK(fieldOf({QStringLiteral("owner"), QStringLiteral("Ok"), QStringLiteral("manager"),
                   SecretKind::Pin, QStringLiteral("1234")}) == QStringLiteral("login"));
}

TEST_CASE("users are deactivated, never deleted, and the last owner stays", "[auth]") {
    test::TestBusiness b;
    const Session owner = b.owner();
    b.userWithRole(QStringLiteral("frida"), QStringLiteral("front_desk"));
    UserService::setActive(owner, QStringLiteral("frida"), false);
    CHECK(loginError(b, QStringLiteral("frida"), QStringLiteral("4321")) ==
          ErrorCode::InvalidInput);
    CHECK(UserService::list(b.db()).size() == 2);
    CHECK_THROWS_AS(b.db().exec("DELETE FROM staff_user WHERE login = 'frida'"), Error);
    CHECK_THROWS_AS(UserService::setActive(owner, QStringLiteral("owner"), false), Error);
}
