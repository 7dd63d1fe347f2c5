#pragma once

#include "core/auth/session.h"
#include "core/orders/orderimport.h"
#include "core/orders/orderstore.h"
#include "core/store/database.h"
#include "tests/core/receivables/receivablesfixture.h"
#include "tests/support/testbusiness.h"

#include <QByteArray>
#include <QString>

namespace skranke::test {

// One order of the webshop's JSON format, paid by card through the test
// gateway (transaction id `transaction`: its prefix scripts the gateway).
inline QByteArray cardOrderJson(const QString& externalId, const QString& transaction,
                                const QString& linesJson) {
    return QStringLiteral(R"({"format": "skranke-orders/1", "orders": [{
  "external_id": "%1", "created": "2026-03-01T12:00:00Z", "currency": "DKK",
  "customer": {"name": "Mette Holm", "email": "mette@example.dk"},
  "payment": {"type": "card", "gateway": "test", "transaction_id": "%2"},
  "billing": {"name": "Mette Holm", "street": "Strandvejen 1", "postcode": "2100",
              "city": "København Ø", "country": "DK"},
  "lines": [%3]}]})")
        .arg(externalId, transaction, linesJson)
        .toUtf8();
}

inline QString goodsLine(const char* amount, int quantity = 1) {
    return QStringLiteral(
               R"({"item_number": "MUG", "text": "Mug", "quantity": %1, "amount": "%2", "kind": "goods"})")
        .arg(quantity)
        .arg(QString::fromLatin1(amount));
}

inline QString valueCardLine(const char* amount, int quantity = 1) {
    return QStringLiteral(
               R"({"item_number": "GC", "text": "Gift card", "quantity": %1, "amount": "%2", "kind": "value_card"})")
        .arg(quantity)
        .arg(QString::fromLatin1(amount));
}

inline QByteArray cardOrderJson(const char* externalId, const char* transaction,
                                const QString& linesJson) {
    return cardOrderJson(QString::fromUtf8(externalId), QString::fromUtf8(transaction), linesJson);
}

inline Order importOne(const Session& s, const QByteArray& json) {
    const auto report = OrderImport::importJson(s, json);
    const QString id = report.imported.value(0, report.unchanged.value(0));
    return OrderStore::require(s.db(), *OrderStore::idOfExternal(s.db(), id));
}

}  // namespace skranke::test
