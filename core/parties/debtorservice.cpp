#include "core/parties/debtorservice.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/company/identifiers.h"
#include "core/journal/changes.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/time/clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace skranke {

namespace {

constexpr const char* selectDebtor =
    "SELECT d.id, d.uid, d.name, d.company_name, d.address_line1, d.address_line2, d.postcode, "
    "d.city, d.country, d.email, d.phone, d.language, d.gln, d.org_number, d.business, "
    "d.terms_kind, d.terms_days, ifnull(d.group_id, 0), ifnull(g.name, '') "
    "FROM debtor d LEFT JOIN debtor_group g ON g.id = d.group_id ";

Debtor readDebtor(const Statement& st) {
    Debtor d;
    d.id = st.int64(0);
    d.uid = st.blob(1);
    d.name = st.text(2);
    d.companyName = st.text(3);
    d.addressLine1 = st.text(4);
    d.addressLine2 = st.text(5);
    d.postcode = st.text(6);
    d.city = st.text(7);
    d.country = st.text(8);
    d.email = st.text(9);
    d.phone = st.text(10);
    d.language = st.text(11);
    d.gln = st.text(12);
    d.orgNumber = st.text(13);
    d.business = st.int64(14) != 0;
    d.terms.kind = PaymentTerms::kindFromKey(st.text(15));
    d.terms.days = int(st.int64(16));
    d.groupId = st.int64(17);
    d.groupName = st.text(18);
    return d;
}

// The fields a journal entry shows when they change.
QJsonObject fieldsOf(const Debtor& d) {
    return {{QStringLiteral("name"), d.name},
            {QStringLiteral("company_name"), d.companyName},
            {QStringLiteral("address_line1"), d.addressLine1},
            {QStringLiteral("address_line2"), d.addressLine2},
            {QStringLiteral("postcode"), d.postcode},
            {QStringLiteral("city"), d.city},
            {QStringLiteral("country"), d.country},
            {QStringLiteral("email"), d.email},
            {QStringLiteral("phone"), d.phone},
            {QStringLiteral("language"), d.language},
            {QStringLiteral("gln"), d.gln},
            {QStringLiteral("org_number"), d.orgNumber},
            {QStringLiteral("business"), d.business},
            {QStringLiteral("terms"), QStringLiteral("%1 %2").arg(d.terms.key()).arg(d.terms.days)},
            {QStringLiteral("group"), d.groupName}};
}

Debtor trimmed(Debtor d) {
    for (QString* s : {&d.name, &d.companyName, &d.addressLine1, &d.addressLine2, &d.postcode,
                       &d.city, &d.email, &d.phone, &d.gln, &d.orgNumber})
        *s = s->trimmed();
    d.country = d.country.trimmed().toUpper();
    d.language = d.language.trimmed().toLower();
    return d;
}

void bindFields(Statement& st, const Debtor& d, std::int64_t now) {
    st.bind(3, d.name).bind(4, d.companyName).bind(5, d.addressLine1).bind(6, d.addressLine2);
    st.bind(7, d.postcode).bind(8, d.city).bind(9, d.country).bind(10, d.email).bind(11, d.phone);
    st.bind(12, d.language).bind(13, d.gln).bind(14, d.orgNumber).bind(15, d.business);
    st.bind(16, d.terms.key()).bind(17, d.terms.days);
    if (d.groupId > 0)
        st.bind(18, d.groupId);
    else
        st.bindNull(18);
    st.bind(19, now);
}

}  // namespace

void DebtorService::validate(const Debtor& raw) {
    const Debtor d = trimmed(raw);
    if (d.name.isEmpty() && d.companyName.isEmpty())
        throw Error::invalid(QStringLiteral("name"),
                             tr("A debtor needs a name or a company name."));
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    if (!country.match(d.country).hasMatch())
        throw Error::invalid(
            QStringLiteral("country"),
            tr("The country must be a two-letter code such as DK, not \"%1\".").arg(d.country));
    if (!d.email.isEmpty() && !Identifiers::isEmail(d.email))
        throw Error::invalid(QStringLiteral("email"),
                             tr("\"%1\" is not an email address.").arg(d.email));
    if (!QStringList{QString(), QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv"),
                     QStringLiteral("en")}
             .contains(d.language))
        throw Error::invalid(
            QStringLiteral("language"),
            tr("The language must be da, nb, sv or en, not \"%1\".").arg(d.language));
    if (!d.gln.isEmpty() && !Identifiers::isValidGln(d.gln))
        throw Error::invalid(
            QStringLiteral("gln"),
            tr("\"%1\" is not a valid EAN/GLN (13 digits with check digit).").arg(d.gln));
    const bool nordic = d.country == QLatin1String("DK") || d.country == QLatin1String("NO") ||
                        d.country == QLatin1String("SE");
    if (!d.orgNumber.isEmpty() && nordic && !Identifiers::isValidOrgNumber(d.country, d.orgNumber))
        throw Error::invalid(
            QStringLiteral("org_number"),
            tr("\"%1\" is not a valid organisation/VAT number for %2 (check digit).")
                .arg(d.orgNumber, d.country));
    if (d.terms.days < 0 || d.terms.days > 365)
        throw Error::invalid(QStringLiteral("terms_days"),
                             tr("Payment terms must be 0 to 365 days."));
}

Debtor DebtorService::create(const Session& session, const Debtor& raw) {
    session.require(rights::DebtorsEdit);
    validate(raw);
    const Debtor d = trimmed(raw);
    Database& db = session.db();
    Transaction tx(db);
    if (d.id < 0 || (d.id > 0 && find(db, d.id)))
        throw Error(ErrorCode::Conflict, tr("Debtor ID %1 is taken.").arg(d.id),
                    QStringLiteral("id"));
    if (d.groupId > 0) {
        auto g = db.prepare("SELECT 1 FROM debtor_group WHERE id = ?1");
        g.bind(1, d.groupId);
        if (!g.step())
            throw Error(ErrorCode::NotFound, tr("There is no such debtor group."),
                        QStringLiteral("group"));
    }
    auto st = db.prepare(
        "INSERT INTO debtor(id, uid, name, company_name, address_line1, address_line2, postcode, "
        "city, country, email, phone, language, gln, org_number, business, terms_kind, "
        "terms_days, group_id, created_ms, updated_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
        "?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?19)");
    if (d.id > 0)
        st.bind(1, d.id);
    else
        st.bindNull(1);
    const QByteArray uid = Uuid::v7(session.clock().nowMs());
    st.bind(2, uid);
    bindFields(st, d, session.clock().nowMs());
    st.run();
    const std::int64_t id = db.lastInsertId();
    db.prepare("INSERT INTO debtor_balance(debtor_id) VALUES (?1)").bind(1, id).run();
    const Debtor created = require(db, id);
    QJsonObject payload = fieldsOf(created);
    payload.insert(QStringLiteral("id"), qint64(id));
    session.journal(QStringLiteral("debtor"), uid, QStringLiteral("create"), payload);
    tx.commit();
    return created;
}

Debtor DebtorService::edit(const Session& session, const Debtor& raw) {
    session.require(rights::DebtorsEdit);
    validate(raw);
    const Debtor d = trimmed(raw);
    Database& db = session.db();
    Transaction tx(db);
    const Debtor before = require(db, d.id);
    auto st = db.prepare(
        "UPDATE debtor SET name = ?3, company_name = ?4, address_line1 = ?5, address_line2 = ?6, "
        "postcode = ?7, city = ?8, country = ?9, email = ?10, phone = ?11, language = ?12, "
        "gln = ?13, org_number = ?14, business = ?15, terms_kind = ?16, terms_days = ?17, "
        "group_id = ?18, updated_ms = ?19 WHERE id = ?1 AND ?2 IS NOT NULL");
    st.bind(1, d.id).bind(2, QByteArray(""));
    bindFields(st, d, session.clock().nowMs());
    st.run();
    const Debtor after = require(db, d.id);
    const QJsonObject changes = changedFields(fieldsOf(before), fieldsOf(after));
    if (!changes.isEmpty())
        session.journal(QStringLiteral("debtor"), after.uid, QStringLiteral("edit"), changes);
    tx.commit();
    return after;
}

std::optional<Debtor> DebtorService::find(Database& db, std::int64_t id) {
    auto st = db.prepare(std::string(selectDebtor) + "WHERE d.id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readDebtor(st);
}

Debtor DebtorService::require(Database& db, std::int64_t id) {
    auto d = find(db, id);
    if (!d)
        throw Error(ErrorCode::NotFound, tr("There is no debtor %1.").arg(id),
                    QStringLiteral("debtor"));
    return *d;
}

std::vector<Debtor> DebtorService::search(Database& db, const QString& text, int limit) {
    const QString t = text.trimmed();
    bool isNumber = false;
    const qint64 id = t.toLongLong(&isNumber);
    auto st = db.prepare(std::string(selectDebtor) +
                         "WHERE ?1 = '' OR d.id = ?2 OR d.name LIKE '%' || ?1 || '%' "
                         "OR d.company_name LIKE '%' || ?1 || '%' ORDER BY d.id LIMIT ?3");
    st.bind(1, t).bind(2, isNumber ? id : -1).bind(3, limit);
    std::vector<Debtor> out;
    while (st.step())
        out.push_back(readDebtor(st));
    return out;
}

DebtorGroup DebtorService::createGroup(const Session& session, const QString& name) {
    session.require(rights::DebtorsEdit);
    if (name.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("name"), tr("The group needs a name."));
    Transaction tx(session.db());
    if (groupByName(session.db(), name.trimmed()))
        throw Error(ErrorCode::Conflict, tr("There is already a group \"%1\".").arg(name.trimmed()),
                    QStringLiteral("name"));
    const QByteArray uid = Uuid::v7(session.clock().nowMs());
    session.db()
        .prepare("INSERT INTO debtor_group(uid, name) VALUES (?1, ?2)")
        .bindAll(uid, name.trimmed())
        .run();
    const DebtorGroup g{session.db().lastInsertId(), name.trimmed(), 0};
    session.journal(QStringLiteral("debtor_group"), uid, QStringLiteral("create"),
                    {{QStringLiteral("name"), g.name}});
    tx.commit();
    return g;
}

void DebtorService::renameGroup(const Session& session, std::int64_t groupId, const QString& name) {
    session.require(rights::DebtorsEdit);
    if (name.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("name"), tr("The group needs a name."));
    Transaction tx(session.db());
    auto old = session.db().prepare("SELECT uid, name FROM debtor_group WHERE id = ?1");
    old.bind(1, groupId);
    if (!old.step())
        throw Error(ErrorCode::NotFound, tr("There is no such debtor group."),
                    QStringLiteral("group"));
    const auto other = groupByName(session.db(), name.trimmed());
    if (other && other->id != groupId)
        throw Error(ErrorCode::Conflict, tr("There is already a group \"%1\".").arg(name.trimmed()),
                    QStringLiteral("name"));
    session.db()
        .prepare("UPDATE debtor_group SET name = ?1 WHERE id = ?2")
        .bindAll(name.trimmed(), groupId)
        .run();
    session.journal(
        QStringLiteral("debtor_group"), old.blob(0), QStringLiteral("rename"),
        {{QStringLiteral("from"), old.text(1)}, {QStringLiteral("to"), name.trimmed()}});
    tx.commit();
}

std::vector<DebtorGroup> DebtorService::groups(Database& db) {
    auto st = db.prepare(
        "SELECT g.id, g.name, (SELECT count(*) FROM debtor d WHERE d.group_id = g.id) "
        "FROM debtor_group g ORDER BY g.name");
    std::vector<DebtorGroup> out;
    while (st.step())
        out.push_back({st.int64(0), st.text(1), st.int64(2)});
    return out;
}

std::optional<DebtorGroup> DebtorService::groupByName(Database& db, const QString& name) {
    auto st = db.prepare("SELECT id, name FROM debtor_group WHERE name = ?1");
    st.bind(1, name.trimmed());
    if (!st.step())
        return std::nullopt;
    return DebtorGroup{st.int64(0), st.text(1), 0};
}

void DebtorService::moveToGroup(const Session& session, const std::vector<std::int64_t>& ids,
                                std::int64_t groupId) {
    session.require(rights::DebtorsEdit);
    Database& db = session.db();
    Transaction tx(db);
    QByteArray groupUid;
    QString groupName;
    if (groupId > 0) {
        auto g = db.prepare("SELECT uid, name FROM debtor_group WHERE id = ?1");
        g.bind(1, groupId);
        if (!g.step())
            throw Error(ErrorCode::NotFound, tr("There is no such debtor group."),
                        QStringLiteral("group"));
        groupUid = g.blob(0);
        groupName = g.text(1);
    }
    QJsonArray moved;
    for (std::int64_t id : ids) {
        const Debtor d = require(db, id);
        if (d.groupId == groupId)
            continue;
        auto st = db.prepare("UPDATE debtor SET group_id = ?1, updated_ms = ?2 WHERE id = ?3");
        if (groupId > 0)
            st.bind(1, groupId);
        else
            st.bindNull(1);
        st.bind(2, session.clock().nowMs()).bind(3, id).run();
        moved.append(qint64(id));
    }
    session.journal(QStringLiteral("debtor_group"), groupUid, QStringLiteral("move_debtors"),
                    {{QStringLiteral("group"), groupName}, {QStringLiteral("debtors"), moved}});
    tx.commit();
}

}  // namespace skranke
