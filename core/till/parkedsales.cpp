#include "core/till/parkedsales.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/company/companyservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/till/receiptcalculator.h"
#include "core/till/tillevents.h"
#include "core/till/tillservice.h"
#include "core/time/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace skranke {

namespace {

constexpr int CartFormat = 1;
constexpr int MaxLabelLength = 80;

Currency companyCurrency(Database& db) {
    return Currency::fromCode(CompanyService::rules(db).currency);
}

// Rates are kept as percent strings; a rate that Rate::percent would not
// read back as the same fraction cannot be parked without changing it.
bool storable(const Rate& rate) {
    try {
        return Rate::percent(rate.toPercentString()) == rate;
    } catch (const Error&) {
        return false;
    }
}

QJsonObject moneyJson(const Money& m) {
    return {{QStringLiteral("minor"), qint64(m.minor())},
            {QStringLiteral("currency"), m.currency().code()}};
}

QJsonObject cartJson(const std::vector<SaleLineInput>& lines, const SaleParty& party) {
    QJsonArray array;
    for (const SaleLineInput& in : lines)
        array.append(QJsonObject{{QStringLiteral("product_id"), qint64(in.productId)},
                                 {QStringLiteral("text"), in.text},
                                 {QStringLiteral("quantity_milli"), qint64(in.quantityMilli)},
                                 {QStringLiteral("unit_price"), moneyJson(in.unitPrice)},
                                 {QStringLiteral("list_price"), moneyJson(in.listPrice)},
                                 {QStringLiteral("vat_rate"), in.vatRate.toPercentString()},
                                 {QStringLiteral("discount"), in.discount.toPercentString()},
                                 {QStringLiteral("card_number"), in.cardNumber}});
    return {{QStringLiteral("format"), CartFormat},
            {QStringLiteral("lines"), array},
            {QStringLiteral("party"),
             QJsonObject{{QStringLiteral("customer_id"), qint64(party.customerId)},
                         {QStringLiteral("debtor_id"), qint64(party.debtorId)},
                         {QStringLiteral("name"), party.name}}}};
}

// Reads a cart back. Anything but what cartJson() writes throws an Error
// whose message says what is wrong; recall() wraps it.
class CartReader final {
public:
    [[noreturn]] static void damaged(const QString& what) { throw Error(ErrorCode::Storage, what); }
    static QJsonValue need(const QJsonObject& o, const char* key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            damaged(QCoreApplication::translate("skranke::ParkedSales", "\"%1\" is missing")
                        .arg(QLatin1String(key)));
        return v;
    }
    static std::int64_t integer(const QJsonObject& o, const char* key) {
        const QJsonValue v = need(o, key);
        // toInteger gives its default for a fraction: two defaults tell.
        const qint64 a = v.toInteger(0);
        if (!v.isDouble() || a != v.toInteger(1))
            damaged(
                QCoreApplication::translate("skranke::ParkedSales", "\"%1\" is not a whole number")
                    .arg(QLatin1String(key)));
        return a;
    }
    static QString text(const QJsonObject& o, const char* key) {
        const QJsonValue v = need(o, key);
        if (!v.isString())
            damaged(QCoreApplication::translate("skranke::ParkedSales", "\"%1\" is not text")
                        .arg(QLatin1String(key)));
        return v.toString();
    }
    static QJsonObject object(const QJsonObject& o, const char* key) {
        const QJsonValue v = need(o, key);
        if (!v.isObject())
            damaged(QCoreApplication::translate("skranke::ParkedSales", "\"%1\" is not an object")
                        .arg(QLatin1String(key)));
        return v.toObject();
    }
    static Money money(const QJsonObject& o, const char* key) {
        const QJsonObject m = object(o, key);
        return Money(integer(m, "minor"), Currency::fromCode(text(m, "currency")));
    }
    static Rate rate(const QJsonObject& o, const char* key) {
        return Rate::percent(text(o, key), QLatin1String(key));
    }

    static ParkedSales::Recalled cart(const QString& json) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
        if (!doc.isObject())
            damaged(QCoreApplication::translate("skranke::ParkedSales", "not a JSON object"));
        const QJsonObject root = doc.object();
        if (integer(root, "format") != CartFormat)
            damaged(QCoreApplication::translate("skranke::ParkedSales",
                                                "a cart format this version does not know"));
        const QJsonValue lines = need(root, "lines");
        if (!lines.isArray() || lines.toArray().isEmpty())
            damaged(QCoreApplication::translate("skranke::ParkedSales", "no lines"));
        ParkedSales::Recalled out;
        for (const QJsonValue& v : lines.toArray()) {
            const int lineNo = int(out.lines.size()) + 1;
            try {
                if (!v.isObject())
                    damaged(QCoreApplication::translate("skranke::ParkedSales", "not an object"));
                out.lines.push_back(line(v.toObject()));
            } catch (const Error& e) {
                damaged(QCoreApplication::translate("skranke::ParkedSales", "line %1: %2")
                            .arg(lineNo)
                            .arg(e.message()));
            }
        }
        const QJsonObject party = object(root, "party");
        out.party.customerId = integer(party, "customer_id");
        out.party.debtorId = integer(party, "debtor_id");
        out.party.name = text(party, "name");
        return out;
    }

private:
    static SaleLineInput line(const QJsonObject& o) {
        SaleLineInput in;
        in.productId = integer(o, "product_id");
        in.text = text(o, "text");
        in.quantityMilli = integer(o, "quantity_milli");
        in.unitPrice = money(o, "unit_price");
        in.listPrice = money(o, "list_price");
        in.vatRate = rate(o, "vat_rate");
        in.discount = rate(o, "discount");
        in.cardNumber = text(o, "card_number");
        return in;
    }
};

}  // namespace

std::int64_t ParkedSales::park(const Session& session, const QString& tillRef,
                               const std::vector<SaleLineInput>& lines, const SaleParty& party,
                               const QString& label) {
    session.require(rights::TillSell);
    Database& db = session.db();
    const Till till = TillService::requireTill(db, tillRef);
    if (lines.empty())
        throw Error::invalid(QStringLiteral("line"),
                             tr("The cart is empty: there is nothing to park."));
    const QString name = label.trimmed();
    if (name.size() > MaxLabelLength)
        throw Error::invalid(
            QStringLiteral("label"),
            tr("A parked sale's label has at most %1 characters.").arg(MaxLabelLength));
    const Currency currency = companyCurrency(db);
    int lineNo = 0;
    for (const SaleLineInput& in : lines) {
        ++lineNo;
        if (in.unitPrice.currency() != currency)
            throw Error::invalid(
                QStringLiteral("line"),
                tr("Line %1: the price must be in %2.").arg(lineNo).arg(currency.code()));
        if (!storable(in.vatRate) || !storable(in.discount))
            throw Error::invalid(
                QStringLiteral("line"),
                tr("Line %1: a rate with more than 9 decimals cannot be parked.").arg(lineNo));
    }
    Receipt totals;
    ReceiptCalculator::computeTotals(totals, lines, currency);
    const QString cart =
        QString::fromUtf8(QJsonDocument(cartJson(lines, party)).toJson(QJsonDocument::Compact));

    Transaction tx(db);
    const std::int64_t now = session.clock().nowMs();
    const QByteArray uid = Uuid::v7(now);
    db.prepare(
          "INSERT INTO parked_sale(uid, till_id, label, cart, total_minor, parked_ms, parked_by) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bindAll(uid, till.id, name, cart, totals.total.minor(), now, session.user().id)
        .run();
    const std::int64_t id = db.lastInsertId();
    session.journal(QStringLiteral("parked_sale"), uid, QStringLiteral("park"),
                    {{QStringLiteral("till"), till.ref},
                     {QStringLiteral("label"), name},
                     {QStringLiteral("lines"), int(lines.size())},
                     {QStringLiteral("total"), totals.total.toDecimalString()},
                     {QStringLiteral("event_code"), tillevent::SuspendSale}});
    tx.commit();
    return id;
}

std::vector<ParkedSales::Parked> ParkedSales::waiting(Database& db, const QString& tillRef) {
    const Till till = TillService::requireTill(db, tillRef);
    const Currency currency = companyCurrency(db);
    // The list reads what it shows straight from the JSON, so a damaged cart
    // is still listed; recall() is what refuses it.
    auto st = db.prepare(
        "SELECT p.id, p.label, p.parked_ms, u.display_name, p.total_minor, "
        "coalesce(json_array_length(p.cart, '$.lines'), 0), "
        "coalesce(json_extract(p.cart, '$.party.customer_id'), 0), "
        "coalesce(json_extract(p.cart, '$.party.debtor_id'), 0), "
        "coalesce(json_extract(p.cart, '$.party.name'), '') "
        "FROM parked_sale p JOIN staff_user u ON u.id = p.parked_by "
        "WHERE p.till_id = ?1 AND p.recalled_ms IS NULL ORDER BY p.parked_ms, p.id");
    st.bind(1, till.id);
    std::vector<Parked> out;
    while (st.step()) {
        Parked p;
        p.id = st.int64(0);
        p.label = st.text(1);
        p.parkedMs = st.int64(2);
        p.parkedBy = st.text(3);
        p.total = Money(st.int64(4), currency);
        p.lineCount = int(st.int64(5));
        p.party.customerId = st.int64(6);
        p.party.debtorId = st.int64(7);
        p.party.name = st.text(8);
        out.push_back(std::move(p));
    }
    return out;
}

ParkedSales::Recalled ParkedSales::recall(const Session& session, std::int64_t parkedId) {
    session.require(rights::TillSell);
    Database& db = session.db();
    const QString field = QStringLiteral("parked_sale");
    // Read and marked inside one write transaction, so two tills cannot both
    // recall the same sale.
    Transaction tx(db);
    QByteArray uid;
    QString cart;
    QString label;
    QString tillRef;
    std::int64_t totalMinor = 0;
    {
        auto st = db.prepare(
            "SELECT p.uid, p.cart, p.label, t.ref, p.total_minor, p.recalled_ms IS NOT NULL, "
            "coalesce(u.display_name, '') FROM parked_sale p JOIN till t ON t.id = p.till_id "
            "LEFT JOIN staff_user u ON u.id = p.recalled_by WHERE p.id = ?1");
        st.bind(1, parkedId);
        if (!st.step())
            throw Error(ErrorCode::NotFound, tr("There is no parked sale %1.").arg(parkedId),
                        field);
        if (st.int64(5) != 0)
            throw Error(
                ErrorCode::Conflict,
                tr("Parked sale %1 was recalled already, by %2.").arg(parkedId).arg(st.text(6)),
                field);
        uid = st.blob(0);
        cart = st.text(1);
        label = st.text(2);
        tillRef = st.text(3);
        totalMinor = st.int64(4);
    }
    Recalled out;
    try {
        out = CartReader::cart(cart);
        Receipt check;  // a recalled cart must be one the till can ring up
        ReceiptCalculator::computeTotals(check, out.lines, companyCurrency(db));
    } catch (const Error& e) {
        throw Error(ErrorCode::Storage,
                    tr("Parked sale %1 cannot be recalled: its cart is damaged (%2).")
                        .arg(parkedId)
                        .arg(e.message()),
                    field);
    }
    const std::int64_t now = session.clock().nowMs();
    db.prepare("UPDATE parked_sale SET recalled_ms = ?1, recalled_by = ?2 WHERE id = ?3")
        .bindAll(now, session.user().id, parkedId)
        .run();
    session.journal(
        QStringLiteral("parked_sale"), uid, QStringLiteral("recall"),
        {{QStringLiteral("till"), tillRef},
         {QStringLiteral("label"), label},
         {QStringLiteral("lines"), int(out.lines.size())},
         {QStringLiteral("total"), Money(totalMinor, companyCurrency(db)).toDecimalString()},
         {QStringLiteral("event_code"), tillevent::ResumeSale}});
    tx.commit();
    return out;
}

}  // namespace skranke
