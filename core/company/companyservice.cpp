#include "core/company/companyservice.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/company/identifiers.h"
#include "core/journal/journal.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/time/clock.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace skranke {

namespace {

// The columns in profile order; one table keeps load, save and the journal's
// diff in step.
struct Field {
    const char* column;
    QString CompanyProfile::*member;
};

const Field fields[] = {
    {"name", &CompanyProfile::name},
    {"address_line1", &CompanyProfile::addressLine1},
    {"address_line2", &CompanyProfile::addressLine2},
    {"postcode", &CompanyProfile::postcode},
    {"city", &CompanyProfile::city},
    {"country", &CompanyProfile::country},
    {"org_number", &CompanyProfile::orgNumber},
    {"vat_number", &CompanyProfile::vatNumber},
    {"bank_account", &CompanyProfile::bankAccount},
    {"iban", &CompanyProfile::iban},
    {"bic", &CompanyProfile::bic},
    {"email", &CompanyProfile::email},
    {"phone", &CompanyProfile::phone},
    {"logo_path", &CompanyProfile::logoPath},
    {"time_zone", &CompanyProfile::timeZone},
};

std::string columnList() {
    std::string s;
    for (const Field& f : fields)
        s += (s.empty() ? "" : ", ") + std::string(f.column);
    return s;
}

CompanyProfile trimmed(CompanyProfile p) {
    for (const Field& f : fields)
        p.*f.member = (p.*f.member).trimmed();
    p.country = p.country.toUpper();
    return p;
}

void write(Database& db, const Clock& clock, const CompanyProfile& p, bool insert) {
    std::string sql;
    if (insert) {
        sql = "INSERT INTO company(id, uid, updated_ms, " + columnList() + ") VALUES (1, ?1, ?2";
        for (std::size_t i = 0; i < std::size(fields); ++i)
            sql += ", ?" + std::to_string(i + 3);
        sql += ")";
    } else {
        sql = "UPDATE company SET updated_ms = ?2";
        for (std::size_t i = 0; i < std::size(fields); ++i)
            sql += std::string(", ") + fields[i].column + " = ?" + std::to_string(i + 3);
        sql += " WHERE id = 1 AND ?1 IS NOT NULL";
    }
    auto st = db.prepare(sql);
    st.bind(1, insert ? Uuid::v7(clock.nowMs()) : QByteArray(""));
    st.bind(2, clock.nowMs());
    for (std::size_t i = 0; i < std::size(fields); ++i)
        st.bind(int(i + 3), p.*fields[i].member);
    st.run();
}

QByteArray companyUid(Database& db) {
    auto st = db.prepare("SELECT uid FROM company WHERE id = 1");
    return st.step() ? st.blob(0) : QByteArray();
}

}  // namespace

std::optional<CompanyProfile> CompanyService::load(Database& db) {
    auto st = db.prepare("SELECT " + columnList() + " FROM company WHERE id = 1");
    if (!st.step())
        return std::nullopt;
    CompanyProfile p;
    for (std::size_t i = 0; i < std::size(fields); ++i)
        p.*fields[i].member = st.text(int(i));
    return p;
}

CompanyProfile CompanyService::require(Database& db) {
    auto p = load(db);
    if (!p)
        throw Error(ErrorCode::NotFound, tr("The company profile is not set up yet."));
    return *p;
}

const CountryRules& CompanyService::rules(Database& db) {
    return CountryRules::forCountry(require(db).country);
}

void CompanyService::validate(const CompanyProfile& raw) {
    const CompanyProfile p = trimmed(raw);
    if (p.name.isEmpty())
        throw Error::invalid(QStringLiteral("name"), tr("The company name is required."));
    CountryRules::forCountry(p.country);
    if (!p.orgNumber.isEmpty() && !Identifiers::isValidOrgNumber(p.country, p.orgNumber)) {
        const QString kind = p.country == QLatin1String("DK")   ? tr("CVR number")
                             : p.country == QLatin1String("NO") ? tr("organisation number")
                                                                : tr("organisation number");
        throw Error::invalid(QStringLiteral("org_number"),
                             tr("\"%1\" is not a valid %2 (check digit).").arg(p.orgNumber, kind));
    }
    if (!p.iban.isEmpty() && !Identifiers::isValidIban(p.iban))
        throw Error::invalid(QStringLiteral("iban"),
                             tr("\"%1\" is not a valid IBAN (check digits).").arg(p.iban));
    static const QRegularExpression bic(
        QStringLiteral("^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$"));
    if (!p.bic.isEmpty() && !bic.match(p.bic.toUpper()).hasMatch())
        throw Error::invalid(
            QStringLiteral("bic"),
            tr("\"%1\" is not a valid BIC (8 or 11 letters and digits).").arg(p.bic));
    if (!p.email.isEmpty() && !Identifiers::isEmail(p.email))
        throw Error::invalid(QStringLiteral("email"),
                             tr("\"%1\" is not an email address.").arg(p.email));
    if (!QTimeZone(p.timeZone.toUtf8()).isValid())
        throw Error::invalid(QStringLiteral("time_zone"),
                             tr("\"%1\" is not a known time zone.").arg(p.timeZone));
    if (!p.logoPath.isEmpty() && !QFileInfo(p.logoPath).isReadable())
        throw Error::invalid(QStringLiteral("logo_path"),
                             tr("The logo file %1 cannot be read.").arg(p.logoPath));
}

void CompanyService::create(Database& db, const Clock& clock, const CompanyProfile& profile) {
    validate(profile);
    const CompanyProfile p = trimmed(profile);
    Transaction tx(db);
    if (load(db))
        throw Error(ErrorCode::Conflict, tr("The company profile already exists."));
    write(db, clock, p, true);
    QJsonObject payload;
    for (const Field& f : fields)
        payload.insert(QLatin1String(f.column), p.*f.member);
    Journal::append(db, clock.nowMs(),
                    {QByteArray(), QStringLiteral("system"), Settings::deviceUid(db)},
                    QStringLiteral("company"), companyUid(db), QStringLiteral("create"), payload);
    tx.commit();
}

void CompanyService::save(const Session& session, const CompanyProfile& profile) {
    session.require(rights::SettingsEdit);
    validate(profile);
    const CompanyProfile p = trimmed(profile);
    Transaction tx(session.db());
    const CompanyProfile before = require(session.db());
    QJsonObject changes;
    for (const Field& f : fields)
        if (before.*f.member != p.*f.member)
            changes.insert(QLatin1String(f.column),
                           QJsonObject{{QStringLiteral("from"), before.*f.member},
                                       {QStringLiteral("to"), p.*f.member}});
    if (changes.isEmpty())
        return;
    write(session.db(), session.clock(), p, false);
    session.journal(QStringLiteral("company"), companyUid(session.db()), QStringLiteral("update"),
                    changes);
    tx.commit();
}

}  // namespace skranke
