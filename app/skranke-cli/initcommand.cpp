#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/auth/userservice.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "core/store/transaction.h"

#include <QFile>
#include <QJsonObject>

namespace skranke::cli {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("skranke::cli::Init", text); }

}  // namespace

int runInit(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("company"), tr("Company name."), tr("NAME")},
        {QStringLiteral("country"), tr("DK, NO or SE (sets currency, VAT and rules)."), tr("CODE"),
         QStringLiteral("DK")},
        {QStringLiteral("org-number"), tr("CVR / organisation number."), tr("NUMBER")},
        {QStringLiteral("time-zone"), tr("IANA time zone (default: the country's)."), tr("ZONE")},
        {QStringLiteral("owner"), tr("Login of the owner."), tr("LOGIN")},
        {QStringLiteral("owner-name"), tr("Display name of the owner."), tr("NAME")},
    });
    if (!ctx.parse(p, args,
                   tr("Usage: skranke-cli [--db FILE] init --company NAME --owner LOGIN "
                      "[--owner-name NAME] [--country DK|NO|SE] [--org-number N]\n"
                      "The owner's PIN comes from SKRANKE_PIN or a prompt.")))
        return 0;
    for (const char* required : {"company", "owner"})
        if (!p.isSet(QLatin1String(required)))
            throw UsageError(tr("--%1 is required.").arg(QLatin1String(required)));

    CompanyProfile profile;
    profile.name = p.value(QStringLiteral("company"));
    profile.country = p.value(QStringLiteral("country")).toUpper();
    profile.orgNumber = p.value(QStringLiteral("org-number"));
    profile.timeZone = p.isSet(QStringLiteral("time-zone"))
                           ? p.value(QStringLiteral("time-zone"))
                           : CountryRules::forCountry(profile.country).defaultTimeZone;
    CompanyService::validate(profile);

    NewStaffUser owner;
    owner.login = p.value(QStringLiteral("owner"));
    owner.displayName = p.value(QStringLiteral("owner-name"));
    if (owner.displayName.isEmpty())
        owner.displayName = owner.login;
    UserService::validateLogin(owner.login);
    owner.secret = CliContext::readSecret("SKRANKE_PIN", tr("PIN for the owner %1: ").arg(owner.login));
    UserService::validateSecret(SecretKind::Pin, owner.secret);

    // Nothing is left behind when any step fails: the new file goes too.
    auto db = ctx.createDb();
    try {
        Transaction tx(*db);
        CompanyService::create(*db, ctx.clock(), profile);
        UserService::createOwner(*db, ctx.clock(), owner);
        tx.commit();
    } catch (...) {
        db.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(ctx.dbPath() + QLatin1String(suffix));
        throw;
    }
    ctx.print(QJsonObject{{QStringLiteral("database"), db->path()},
                          {QStringLiteral("company"), profile.name},
                          {QStringLiteral("owner"), owner.login}},
              [&] { return tr("Created %1 for %2 with owner %3.").arg(db->path(), profile.name, owner.login); });
    return 0;
}

}  // namespace skranke::cli
