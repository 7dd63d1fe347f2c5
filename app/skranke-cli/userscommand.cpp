#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/auth/userservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace skranke::cli {

namespace {

class UsersText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Users)
};

QJsonObject toJson(const StaffUser& u, std::int64_t nowMs) {
    return {{QStringLiteral("login"), u.login},
            {QStringLiteral("name"), u.displayName},
            {QStringLiteral("role"), u.roleName},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("locked"), u.lockedUntilMs > nowMs},
            {QStringLiteral("secret"),
             u.secretKind == SecretKind::Pin ? QStringLiteral("pin") : QStringLiteral("password")}};
}

QString newSecret(const QString& login, SecretKind kind) {
    return CliContext::readSecret("SKRANKE_NEW_PIN",
                                  kind == SecretKind::Pin
                                      ? UsersText::tr("New PIN for %1: ").arg(login)
                                      : UsersText::tr("New password for %1: ").arg(login));
}

}  // namespace

int runUsers(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("add|list|passwd|activate|deactivate"),
                            UsersText::tr("What to do."));
    p.addPositionalArgument(QStringLiteral("LOGIN"), UsersText::tr("The user (not for list)."));
    p.addOptions(
        {{QStringLiteral("name"), UsersText::tr("Display name (add)."), UsersText::tr("NAME")},
         {QStringLiteral("role"), UsersText::tr("owner, manager, front_desk or a role name (add)."),
          UsersText::tr("ROLE"), QStringLiteral("front_desk")},
         {QStringLiteral("password"), UsersText::tr("Use a password instead of a PIN.")}});
    const QString usage = UsersText::tr(
        "Usage: skranke-cli --user ME users add LOGIN --name NAME [--role ROLE] [--password]\n"
        "       skranke-cli users list\n"
        "       skranke-cli --user ME users passwd|activate|deactivate LOGIN\n"
        "The new user's PIN or password comes from SKRANKE_NEW_PIN or a prompt.");
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const QString login = pos.value(1);
    const SecretKind kind =
        p.isSet(QStringLiteral("password")) ? SecretKind::Password : SecretKind::Pin;

    if (action == QLatin1String("list") && pos.size() == 1) {
        QJsonArray rows;
        QStringList lines;
        for (const StaffUser& u : UserService::list(ctx.db())) {
            rows.append(toJson(u, ctx.clock().nowMs()));
            lines << QStringLiteral("%1 %2 %3%4")
                         .arg(u.login, -16)
                         .arg(u.displayName, -28)
                         .arg(u.roleName, u.active ? QString() : UsersText::tr(" (inactive)"));
        }
        ctx.print(rows, [&] { return lines.join(QLatin1Char('\n')); });
        return 0;
    }
    if (pos.size() != 2)
        throw UsageError(usage);
    const Session& me = ctx.session();
    if (action == QLatin1String("add")) {
        if (!p.isSet(QStringLiteral("name")))
            throw UsageError(UsersText::tr("--name is required."));
        UserService::validateLogin(login);
        const StaffUser u = UserService::create(
            me, {login, p.value(QStringLiteral("name")), p.value(QStringLiteral("role")), kind,
                 newSecret(login, kind)});
        ctx.print(toJson(u, ctx.clock().nowMs()),
                  [&] { return UsersText::tr("Added %1 (%2).").arg(u.login, u.roleName); });
    } else if (action == QLatin1String("passwd")) {
        UserService::changeSecret(me, login, kind, newSecret(login, kind));
        ctx.print(QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("changed"), true}},
                  [&] { return UsersText::tr("Changed the secret of %1.").arg(login); });
    } else if (action == QLatin1String("activate") || action == QLatin1String("deactivate")) {
        const bool active = action == QLatin1String("activate");
        UserService::setActive(me, login, active);
        ctx.print(QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("active"), active}},
                  [&] {
                      return active ? UsersText::tr("%1 is active.").arg(login)
                                    : UsersText::tr("%1 is deactivated.").arg(login);
                  });
    } else {
        throw UsageError(usage);
    }
    return 0;
}

}  // namespace skranke::cli
