#include "core/parties/customerservice.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/company/identifiers.h"
#include "core/journal/changes.h"
#include "core/parties/debtorservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/time/clock.h"

#include <QJsonObject>

namespace skranke {

namespace {

constexpr const char* selectCustomer =
    "SELECT id, uid, name, email, phone, address_line1, address_line2, address_line3, postcode, "
    "city, notes, ifnull(debtor_id, 0), no_email, invoice_remark FROM customer ";

Customer readCustomer(const Statement& st) {
    return {st.int64(0), st.blob(1),   st.text(2),        st.text(3), st.text(4),
            st.text(5),  st.text(6),   st.text(7),        st.text(8), st.text(9),
            st.text(10), st.int64(11), st.int64(12) != 0, st.text(13)};
}

QJsonObject fieldsOf(const Customer& c) {
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("address_line1"), c.addressLine1},
            {QStringLiteral("address_line2"), c.addressLine2},
            {QStringLiteral("address_line3"), c.addressLine3},
            {QStringLiteral("postcode"), c.postcode},
            {QStringLiteral("city"), c.city},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("no_email"), c.noEmail},
            {QStringLiteral("invoice_remark"), c.invoiceRemark}};
}

}  // namespace

void CustomerService::validate(const Customer& c) {
    const auto require = [](const QString& value, const char* field, const QString& message) {
        if (value.trimmed().isEmpty())
            throw Error::invalid(QLatin1String(field), message);
    };
    require(c.name, "name", tr("The customer's name is required."));
    if (c.noEmail && !c.email.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("email"),
                             tr("The customer is marked as having no email, but one is given."));
    if (!c.noEmail)
        require(c.email, "email",
                tr("The customer's email is required, unless the customer has none."));
    if (!c.email.trimmed().isEmpty() && !Identifiers::isEmail(c.email.trimmed()))
        throw Error::invalid(QStringLiteral("email"),
                             tr("\"%1\" is not an email address.").arg(c.email));
    require(c.addressLine1, "address_line1",
            tr("Address line 1 is required (\"-\" when it is not known)."));
    require(c.postcode, "postcode", tr("The postcode is required (\"-\" when it is not known)."));
    require(c.city, "city", tr("The city is required (\"-\" when it is not known)."));
    require(c.phone, "phone", tr("The phone number is required (\"-\" when it is not known)."));
}

Customer CustomerService::create(const Session& session, const Customer& c) {
    session.require(rights::BookingEdit);
    validate(c);
    Transaction tx(session.db());
    const QByteArray uid = Uuid::v7(session.clock().nowMs());
    auto st = session.db().prepare(
        "INSERT INTO customer(uid, name, email, phone, address_line1, address_line2, "
        "address_line3, postcode, city, notes, debtor_id, created_ms, updated_ms, no_email, "
        "invoice_remark) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12, ?13, "
        "?14)");
    st.bindAll(uid, c.name.trimmed(), c.email.trimmed(), c.phone.trimmed(),
               c.addressLine1.trimmed(), c.addressLine2.trimmed(), c.addressLine3.trimmed(),
               c.postcode.trimmed(), c.city.trimmed(), c.notes);
    if (c.debtorId > 0)
        st.bind(11, DebtorService::require(session.db(), c.debtorId).id);
    else
        st.bindNull(11);
    st.bind(12, session.clock().nowMs())
        .bind(13, c.noEmail ? 1 : 0)
        .bind(14, c.invoiceRemark.trimmed())
        .run();
    const Customer created = *find(session.db(), session.db().lastInsertId());
    session.journal(QStringLiteral("customer"), uid, QStringLiteral("create"), fieldsOf(created));
    tx.commit();
    return created;
}

Customer CustomerService::edit(const Session& session, const Customer& c) {
    session.require(rights::BookingEdit);
    validate(c);
    Transaction tx(session.db());
    const auto before = find(session.db(), c.id);
    if (!before)
        throw Error(ErrorCode::NotFound, tr("There is no customer %1.").arg(c.id),
                    QStringLiteral("customer"));
    session.db()
        .prepare(
            "UPDATE customer SET name = ?2, email = ?3, phone = ?4, address_line1 = ?5, "
            "address_line2 = ?6, address_line3 = ?7, postcode = ?8, city = ?9, notes = ?10, "
            "updated_ms = ?11, no_email = ?12, invoice_remark = ?13 WHERE id = ?1")
        .bindAll(c.id, c.name.trimmed(), c.email.trimmed(), c.phone.trimmed(),
                 c.addressLine1.trimmed(), c.addressLine2.trimmed(), c.addressLine3.trimmed(),
                 c.postcode.trimmed(), c.city.trimmed(), c.notes, session.clock().nowMs(),
                 c.noEmail ? 1 : 0, c.invoiceRemark.trimmed())
        .run();
    const Customer after = *find(session.db(), c.id);
    const QJsonObject changes = changedFields(fieldsOf(*before), fieldsOf(after));
    if (!changes.isEmpty())
        session.journal(QStringLiteral("customer"), after.uid, QStringLiteral("edit"), changes);
    tx.commit();
    return after;
}

void CustomerService::linkDebtor(const Session& session, std::int64_t customerId,
                                 std::int64_t debtorId) {
    session.require(rights::DebtorsEdit);
    Transaction tx(session.db());
    const auto c = find(session.db(), customerId);
    if (!c)
        throw Error(ErrorCode::NotFound, tr("There is no customer %1.").arg(customerId),
                    QStringLiteral("customer"));
    auto st =
        session.db().prepare("UPDATE customer SET debtor_id = ?1, updated_ms = ?2 WHERE id = ?3");
    if (debtorId > 0)
        st.bind(1, DebtorService::require(session.db(), debtorId).id);
    else
        st.bindNull(1);
    st.bind(2, session.clock().nowMs()).bind(3, customerId).run();
    session.journal(QStringLiteral("customer"), c->uid,
                    debtorId > 0 ? QStringLiteral("link_debtor") : QStringLiteral("unlink_debtor"),
                    {{QStringLiteral("debtor"), qint64(debtorId > 0 ? debtorId : c->debtorId)}});
    tx.commit();
}

std::optional<Customer> CustomerService::find(Database& db, std::int64_t id) {
    auto st = db.prepare(std::string(selectCustomer) + "WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readCustomer(st);
}

std::vector<Customer> CustomerService::ofDebtor(Database& db, std::int64_t debtorId) {
    auto st = db.prepare(std::string(selectCustomer) + "WHERE debtor_id = ?1 ORDER BY name");
    st.bind(1, debtorId);
    std::vector<Customer> out;
    while (st.step())
        out.push_back(readCustomer(st));
    return out;
}

std::vector<Customer> CustomerService::search(Database& db, const QString& text, int limit) {
    const QString t = text.trimmed();
    bool isNumber = false;
    const qint64 id = t.toLongLong(&isNumber);
    // fold() is Unicode case folding (see Database); instr() takes the text
    // as it is, so "%" and "_" typed are not wildcards.
    auto st = db.prepare(std::string(selectCustomer) +
                         "WHERE ?1 = '' OR id = ?2 OR instr(fold(email || char(10) || name || "
                         "char(10) || address_line1 || char(10) || address_line2 || char(10) || "
                         "address_line3 || char(10) || notes), ?3) > 0 "
                         "ORDER BY name COLLATE NOCASE, id LIMIT ?4");
    st.bindAll(t, isNumber ? id : -1, t.toCaseFolded(), limit);
    std::vector<Customer> out;
    while (st.step())
        out.push_back(readCustomer(st));
    return out;
}

}  // namespace skranke
