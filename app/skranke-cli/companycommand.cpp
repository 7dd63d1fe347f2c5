#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/company/companyservice.h"

#include <QJsonObject>

namespace skranke::cli {

namespace {

class CompanyText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Company)
};

struct Field {
    const char* option;  // also the JSON key, with '-' as '_'
    QString CompanyProfile::*member;
};

const Field fields[] = {
    {"name", &CompanyProfile::name},
    {"address-line1", &CompanyProfile::addressLine1},
    {"address-line2", &CompanyProfile::addressLine2},
    {"postcode", &CompanyProfile::postcode},
    {"city", &CompanyProfile::city},
    {"country", &CompanyProfile::country},
    {"org-number", &CompanyProfile::orgNumber},
    {"vat-number", &CompanyProfile::vatNumber},
    {"bank-account", &CompanyProfile::bankAccount},
    {"iban", &CompanyProfile::iban},
    {"bic", &CompanyProfile::bic},
    {"email", &CompanyProfile::email},
    {"phone", &CompanyProfile::phone},
    {"logo", &CompanyProfile::logoPath},
    {"time-zone", &CompanyProfile::timeZone},
};

QString key(const Field& f) {
    return QString::fromLatin1(f.option).replace(QLatin1Char('-'), QLatin1Char('_'));
}

void show(CliContext& ctx) {
    const CompanyProfile c = CompanyService::require(ctx.db());
    const CountryRules& rules = CountryRules::forCountry(c.country);
    QJsonObject out;
    QStringList lines;
    for (const Field& f : fields) {
        out.insert(key(f), c.*f.member);
        lines << QStringLiteral("%1 %2")
                     .arg(QString::fromLatin1(f.option) + QLatin1Char(':'), -15)
                     .arg(c.*f.member);
    }
    out.insert(QStringLiteral("currency"), rules.currency);
    lines << QStringLiteral("%1 %2").arg(CompanyText::tr("currency:"), -15).arg(rules.currency);
    ctx.print(out, [&] { return lines.join(QLatin1Char('\n')); });
}

}  // namespace

int runCompany(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("show|set"), CompanyText::tr("What to do."));
    for (const Field& f : fields)
        p.addOption({QString::fromLatin1(f.option), CompanyText::tr("New value of %1.").arg(key(f)),
                     CompanyText::tr("VALUE")});
    const QString usage = CompanyText::tr(
        "Usage: skranke-cli company show\n"
        "       skranke-cli --user ME company set [--name N] [--city C] ... "
        "(only the given fields change)");
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    if (pos == QStringList{QStringLiteral("show")}) {
        show(ctx);
        return 0;
    }
    if (pos != QStringList{QStringLiteral("set")})
        throw UsageError(usage);
    CompanyProfile c = CompanyService::require(ctx.db());
    bool any = false;
    for (const Field& f : fields)
        if (p.isSet(QString::fromLatin1(f.option))) {
            c.*f.member = p.value(QString::fromLatin1(f.option));
            any = true;
        }
    if (!any)
        throw UsageError(CompanyText::tr("company set needs at least one field to change.\n") +
                         usage);
    CompanyService::save(ctx.session(), c);
    show(ctx);
    return 0;
}

}  // namespace skranke::cli
