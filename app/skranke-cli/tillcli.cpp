#include "app/skranke-cli/tillcli.h"

#include "app/skranke-cli/usageerror.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"

namespace skranke::cli {

Currency TillCli::companyCurrency(Database& db) {
    return Currency::fromCode(CompanyService::rules(db).currency);
}

QString TillCli::required(const QCommandLineParser& p, const char* option, const QString& usage) {
    if (!p.isSet(QLatin1String(option)))
        throw UsageError(usage);
    return p.value(QLatin1String(option));
}

int TillCli::positive(const QString& text, const char* field) {
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n <= 0)
        throw Error::invalid(QLatin1String(field),
                             tr("\"%1\" is not a positive number.").arg(text));
    return n;
}

Money TillCli::amount(const QString& text, Database& db, const char* field) {
    return Money::fromDecimalString(text.trimmed(), companyCurrency(db), QLatin1String(field));
}

}  // namespace skranke::cli
