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

class InitText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Init)
};

}  // namespace

int runInit(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("company"), InitText::tr("Company name."), InitText::tr("NAME")},
        {QStringLiteral("country"), InitText::tr("DK, NO or SE (sets currency, VAT and rules)."),
         InitText::tr("CODE"), QStringLiteral("DK")},
        {QStringLiteral("org-number"), InitText::tr("CVR / organisation number."),
         InitText::tr("NUMBER")},
        {QStringLiteral("time-zone"), InitText::tr("IANA time zone (default: the country's)."),
         InitText::tr("ZONE")},
        {QStringLiteral("owner"), InitText::tr("Login of the owner."), InitText::tr("LOGIN")},
        {QStringLiteral("owner-name"), InitText::tr("Display name of the owner."),
         InitText::tr("NAME")},
    });
    if (!ctx.parse(p, args,
                   InitText::tr("Usage: skranke-cli [--db FILE] init --company NAME --owner LOGIN "
                                "[--owner-name NAME] [--country DK|NO|SE] [--org-number N]\n"
                                "The owner's PIN comes from SKRANKE_PIN or a prompt.")))
        return 0;
    for (const char* required : {"company", "owner"})
        if (!p.isSet(QLatin1String(required)))
            throw UsageError(InitText::tr("--%1 is required.").arg(QLatin1String(required)));

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
    owner.secret = CliContext::readSecret("SKRANKE_PIN",
                                          InitText::tr("PIN for the owner %1: ").arg(owner.login));
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
              [&] {
                  return InitText::tr("Created %1 for %2 with owner %3.")
                      .arg(db->path(), profile.name, owner.login);
              });
    return 0;
}

}  // namespace skranke::cli
