#include "core/auth/userservice.h"

#include "core/auth/rights.h"
#include "core/auth/secrethasher.h"
#include "core/auth/session.h"
#include "core/journal/journal.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/time/clock.h"

#include <QRegularExpression>

namespace skranke {

namespace {

constexpr const char* selectUser =
    "SELECT u.id, u.uid, u.login, u.display_name, u.role_id, r.name, ifnull(r.built_in, ''), "
    "u.secret_kind, u.active, u.locked_until_ms FROM staff_user u JOIN role r ON r.id = u.role_id ";

StaffUser readUser(const Statement& st) {
    StaffUser u;
    u.id = st.int64(0);
    u.uid = st.blob(1);
    u.login = st.text(2);
    u.displayName = st.text(3);
    u.roleId = st.int64(4);
    u.roleName = st.text(5);
    u.builtInRole = st.text(6);
    u.secretKind = st.text(7) == QLatin1String("password") ? SecretKind::Password : SecretKind::Pin;
    u.active = st.int64(8) != 0;
    u.lockedUntilMs = st.int64(9);
    return u;
}

QString kindName(SecretKind kind) {
    return kind == SecretKind::Password ? QStringLiteral("password") : QStringLiteral("pin");
}

StaffUser requireUser(Database& db, const QString& login) {
    auto user = UserService::find(db, login);
    if (!user)
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("skranke::UserService", "There is no user \"%1\".")
                        .arg(login),
                    QStringLiteral("login"));
    return *user;
}

}  // namespace

void UserService::validateLogin(const QString& login) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,31}$"));
    if (!pattern.match(login).hasMatch())
        throw Error::invalid(QStringLiteral("login"),
                             tr("The login must be 1–32 lowercase letters, digits, '.', '_' or "
                                "'-', starting with a letter or digit."));
}

void UserService::validateSecret(SecretKind kind, const QString& secret) {
    if (kind == SecretKind::Pin) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
        if (!digits.match(secret).hasMatch())
            throw Error::invalid(QStringLiteral("pin"), tr("The PIN must be 4 to 8 digits."));
    } else if (secret.size() < 8) {
        throw Error::invalid(QStringLiteral("password"),
                             tr("The password must be at least 8 characters."));
    }
}

bool UserService::hasUsers(Database& db) {
    auto st = db.prepare("SELECT EXISTS (SELECT 1 FROM staff_user)");
    st.step();
    return st.int64(0) != 0;
}

std::int64_t UserService::roleId(Database& db, const QString& role) {
    auto st = db.prepare("SELECT id FROM role WHERE built_in = ?1 OR name = ?1");
    st.bind(1, role);
    if (!st.step())
        throw Error(ErrorCode::NotFound, tr("There is no role \"%1\".").arg(role),
                    QStringLiteral("role"));
    return st.int64(0);
}

StaffUser UserService::insert(Database& db, const Clock& clock, const NewStaffUser& user) {
    validateLogin(user.login);
    if (user.displayName.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("display_name"), tr("The name is required."));
    validateSecret(user.secretKind, user.secret);
    if (find(db, user.login))
        throw Error(ErrorCode::Conflict, tr("The login \"%1\" is taken.").arg(user.login),
                    QStringLiteral("login"));
    const std::int64_t role = roleId(db, user.role);
    db.prepare(
          "INSERT INTO staff_user(uid, login, display_name, role_id, secret_kind, "
          "secret_hash, created_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bindAll(Uuid::v7(clock.nowMs()), user.login, user.displayName.trimmed(), role,
                 kindName(user.secretKind), SecretHasher::hash(user.secret), clock.nowMs())
        .run();
    return *find(db, user.login);
}

StaffUser UserService::createOwner(Database& db, const Clock& clock, const NewStaffUser& owner) {
    Transaction tx(db);
    if (hasUsers(db))
        throw Error(ErrorCode::Conflict, tr("The owner already exists."));
    NewStaffUser o = owner;
    o.role = QStringLiteral("owner");
    const StaffUser created = insert(db, clock, o);
    Journal::append(db, clock.nowMs(), {created.uid, created.login, Settings::deviceUid(db)},
                    QStringLiteral("staff_user"), created.uid, QStringLiteral("create_owner"),
                    {{QStringLiteral("login"), created.login},
                     {QStringLiteral("display_name"), created.displayName}});
    tx.commit();
    return created;
}

StaffUser UserService::create(const Session& session, const NewStaffUser& user) {
    session.require(rights::UsersManage);
    Transaction tx(session.db());
    const StaffUser created = insert(session.db(), session.clock(), user);
    session.journal(QStringLiteral("staff_user"), created.uid, QStringLiteral("create"),
                    {{QStringLiteral("login"), created.login},
                     {QStringLiteral("display_name"), created.displayName},
                     {QStringLiteral("role"), created.roleName}});
    tx.commit();
    return created;
}

void UserService::changeSecret(const Session& session, const QString& login, SecretKind kind,
                               const QString& secret) {
    if (login.compare(session.user().login, Qt::CaseInsensitive) != 0)
        session.require(rights::UsersManage);
    validateSecret(kind, secret);
    Transaction tx(session.db());
    const StaffUser user = requireUser(session.db(), login);
    session.db()
        .prepare(
            "UPDATE staff_user SET secret_kind = ?1, secret_hash = ?2, failed_attempts = 0, "
            "locked_until_ms = 0 WHERE id = ?3")
        .bindAll(kindName(kind), SecretHasher::hash(secret), user.id)
        .run();
    session.journal(
        QStringLiteral("staff_user"), user.uid, QStringLiteral("change_secret"),
        {{QStringLiteral("login"), user.login}, {QStringLiteral("kind"), kindName(kind)}});
    tx.commit();
}

void UserService::setActive(const Session& session, const QString& login, bool active) {
    session.require(rights::UsersManage);
    Transaction tx(session.db());
    const StaffUser user = requireUser(session.db(), login);
    if (!active && user.id == session.user().id)
        throw Error(ErrorCode::Conflict, tr("You cannot deactivate yourself."),
                    QStringLiteral("login"));
    if (!active && user.builtInRole == QLatin1String("owner")) {
        auto owners = session.db().prepare(
            "SELECT count(*) FROM staff_user u JOIN role r ON r.id = u.role_id "
            "WHERE r.built_in = 'owner' AND u.active = 1");
        owners.step();
        if (owners.int64(0) <= 1)
            throw Error(ErrorCode::Conflict, tr("The last owner cannot be deactivated."),
                        QStringLiteral("login"));
    }
    session.db()
        .prepare("UPDATE staff_user SET active = ?1 WHERE id = ?2")
        .bindAll(active, user.id)
        .run();
    session.journal(QStringLiteral("staff_user"), user.uid,
                    active ? QStringLiteral("activate") : QStringLiteral("deactivate"),
                    {{QStringLiteral("login"), user.login}});
    tx.commit();
}

void UserService::setRole(const Session& session, const QString& login, const QString& role) {
    session.require(rights::UsersManage);
    Transaction tx(session.db());
    const StaffUser user = requireUser(session.db(), login);
    const std::int64_t id = roleId(session.db(), role);
    if (user.id == session.user().id && id != user.roleId)
        throw Error(ErrorCode::Conflict, tr("You cannot change your own role."),
                    QStringLiteral("role"));
    session.db()
        .prepare("UPDATE staff_user SET role_id = ?1 WHERE id = ?2")
        .bindAll(id, user.id)
        .run();
    session.journal(QStringLiteral("staff_user"), user.uid, QStringLiteral("set_role"),
                    {{QStringLiteral("login"), user.login}, {QStringLiteral("role"), role}});
    tx.commit();
}

std::vector<StaffUser> UserService::list(Database& db) {
    auto st = db.prepare(std::string(selectUser) + "ORDER BY u.display_name, u.login");
    std::vector<StaffUser> out;
    while (st.step())
        out.push_back(readUser(st));
    return out;
}

std::optional<StaffUser> UserService::find(Database& db, const QString& login) {
    auto st = db.prepare(std::string(selectUser) + "WHERE u.login = ?1");
    st.bind(1, login);
    if (!st.step())
        return std::nullopt;
    return readUser(st);
}

std::vector<Role> UserService::roles(Database& db) {
    std::vector<Role> out;
    auto st = db.prepare("SELECT id, name, ifnull(built_in, '') FROM role ORDER BY id");
    while (st.step())
        out.push_back({st.int64(0), st.text(1), st.text(2), {}});
    for (Role& r : out) {
        if (r.builtIn == QLatin1String("owner")) {
            r.rights = rights::all();
            continue;
        }
        auto rr = db.prepare("SELECT right_name FROM role_right WHERE role_id = ?1 ORDER BY 1");
        rr.bind(1, r.id);
        while (rr.step())
            r.rights << rr.text(0);
    }
    return out;
}

QSet<QString> UserService::rightsOf(Database& db, const StaffUser& user) {
    for (const Role& r : roles(db))
        if (r.id == user.roleId)
            return QSet<QString>(r.rights.begin(), r.rights.end());
    return {};
}

}  // namespace skranke
