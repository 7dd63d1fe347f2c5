#include "core/till/receiptstore.h"

#include "core/auth/session.h"
#include "core/store/database.h"
#include "core/store/uuid.h"
#include "core/till/tillservice.h"
#include "core/time/clock.h"

#include <QJsonArray>

namespace skranke {

std::int64_t ReceiptStore::takeNumber(Database& db, std::int64_t tillId) {
    auto st = db.prepare("SELECT next_receipt FROM till WHERE id = ?1");
    st.bind(1, tillId);
    st.step();
    const std::int64_t number = st.int64(0);
    db.prepare("UPDATE till SET next_receipt = next_receipt + 1 WHERE id = ?1")
        .bind(1, tillId)
        .run();
    return number;
}

void ReceiptStore::insert(const Session& session, Receipt& r) {
    Database& db = session.db();
    auto head = db.prepare(
        "INSERT INTO receipt(uid, till_id, number, shift_id, kind, original_receipt_id, "
        "created_ms, user_id, currency, total_minor, rounding_minor) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    head.bindAll(r.uid, r.tillId, r.number, r.shiftId, r.kind, r.originalReceiptId, r.createdMs,
                 session.user().id, r.total.currency().code(), r.total.minor(), r.rounding.minor());
    if (r.originalReceiptId == 0)
        head.bindNull(6);
    head.run();
    r.id = db.lastInsertId();
    for (const ReceiptLine& l : r.lines) {
        auto st = db.prepare(
            "INSERT INTO receipt_line(receipt_id, line_no, product_id, text, quantity_milli, "
            "unit_price_minor, list_price_minor, discount, vat_rate, amount_minor, "
            "returns_line_no) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        st.bindAll(r.id, l.lineNo, l.input.productId, l.input.text, l.input.quantityMilli,
                   l.input.unitPrice.minor(), l.input.listPrice.minor(),
                   l.input.discount.toPercentString(), l.input.vatRate.toPercentString(),
                   l.amount.minor(), l.returnsLineNo);
        if (l.input.productId == 0)
            st.bindNull(3);
        if (l.returnsLineNo == 0)
            st.bindNull(11);
        st.run();
    }
    for (const ReceiptVat& v : r.vat)
        db.prepare(
              "INSERT INTO receipt_vat(receipt_id, vat_rate, gross_minor, vat_minor) "
              "VALUES (?1, ?2, ?3, ?4)")
            .bindAll(r.id, v.rate.toPercentString(), v.gross.minor(), v.vat.minor())
            .run();
    int seq = 0;
    for (const ReceiptTender& t : r.tenders)
        db.prepare(
              "INSERT INTO receipt_tender(receipt_id, seq, kind, amount_minor, given_minor, "
              "change_minor, reference) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .bindAll(r.id, ++seq, tenderKindKey(t.kind), t.amount.minor(), t.given.minor(),
                     t.change.minor(), t.reference)
            .run();
}

void ReceiptStore::record(const Session& session, const Till& till, Receipt& r,
                          const QString& action, int eventCode, const QJsonObject& extra) {
    Database& db = session.db();
    const Shift shift = TillService::requireOpenShift(db, till);
    r.createdMs = session.clock().nowMs();
    r.uid = Uuid::v7(r.createdMs);
    r.tillId = till.id;
    r.tillRef = till.ref;
    r.shiftId = shift.id;
    r.number = takeNumber(db, till.id);
    insert(session, r);
    QJsonArray tenders;
    for (const ReceiptTender& t : r.tenders)
        tenders.append(QJsonObject{{QStringLiteral("kind"), tenderKindKey(t.kind)},
                                   {QStringLiteral("amount"), t.amount.toDecimalString()}});
    QJsonObject payload{{QStringLiteral("till"), till.ref},
                        {QStringLiteral("number"), qint64(r.number)},
                        {QStringLiteral("lines"), int(r.lines.size())},
                        {QStringLiteral("total"), r.total.toDecimalString()},
                        {QStringLiteral("rounding"), r.rounding.toDecimalString()},
                        {QStringLiteral("tenders"), tenders},
                        {QStringLiteral("event_code"), eventCode}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        payload.insert(it.key(), it.value());
    session.journal(QStringLiteral("receipt"), r.uid, action, payload);
}

}  // namespace skranke
