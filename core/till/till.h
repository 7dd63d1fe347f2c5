#pragma once

#include "core/money/money.h"
#include "core/money/rate.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace skranke {

// A till (kasse): where sales are rung up. Its ref is what staff type ("K1").
struct Till {
    std::int64_t id = 0;
    QByteArray uid;
    QString ref;
    QString name;
};

// A shift from opening with a counted float to the Z report that closes it.
struct Shift {
    std::int64_t id = 0;
    QByteArray uid;
    std::int64_t tillId = 0;
    std::int64_t openedMs = 0;
    std::int64_t openedBy = 0;
    Money cashFloat;
    std::optional<std::int64_t> closedMs;
    std::optional<std::int64_t> zNumber;
};

// One line as rung up: a product (or free text), quantity in thousandths, the
// price including VAT (the list price unless overridden) and a discount.
struct SaleLineInput {
    std::int64_t productId = 0;  // 0: free text
    QString text;
    std::int64_t quantityMilli = 1000;
    Money unitPrice;  // including VAT
    Money listPrice;  // the catalog's; a different unitPrice is a price override
    Rate vatRate;
    Rate discount;  // 0 ≤ d < 1
    // A value-card product: the card the line puts its amount on; empty
    // issues a new card with the next free number.
    QString cardNumber;
};

// Who a sale is for: a debtor (needed to put it on an invoice) and/or a
// customer. The name is for display.
struct SaleParty {
    std::int64_t customerId = 0;
    std::int64_t debtorId = 0;
    QString name;
    bool isEmpty() const { return customerId == 0 && debtorId == 0; }
};

enum class TenderKind { Cash, Card, ValueCard, Invoice };
QString tenderKindKey(TenderKind kind);            // "cash"
TenderKind tenderKindFromKey(const QString& key);  // throws Error::invalid("tender")
QString tenderKindName(TenderKind kind);           // translated

// A tender as staff enter it. For cash, `amount` is what the customer hands
// over; the till works out what cash pays and the change.
struct TenderInput {
    TenderKind kind = TenderKind::Cash;
    Money amount;
    QString reference;  // card terminal reference, value card number, …
};

struct ReceiptLine {
    int lineNo = 0;
    SaleLineInput input;
    Money amount;           // including VAT, after discount
    int returnsLineNo = 0;  // on a return: the original receipt's line
};

struct ReceiptVat {
    Rate rate;
    Money gross;  // Σ line amounts at this rate, including VAT
    Money vat;
};

struct ReceiptTender {
    TenderKind kind = TenderKind::Cash;
    Money amount;  // what it pays
    Money given;   // cash handed over
    Money change;  // cash handed back
    QString reference;
};

struct Receipt {
    std::int64_t id = 0;
    QByteArray uid;
    std::int64_t tillId = 0;
    QString tillRef;
    std::int64_t number = 0;
    std::int64_t shiftId = 0;
    QString kind = QStringLiteral("sale");
    std::int64_t originalReceiptId = 0;  // on a return: the receipt returned
    std::int64_t createdMs = 0;
    Money total;
    Money rounding;  // cash rounding: what was paid − total
    std::vector<ReceiptLine> lines;
    std::vector<ReceiptVat> vat;
    std::vector<ReceiptTender> tenders;
    SaleParty party;
    std::int64_t invoiceNumber = 0;  // an invoice sale: the invoice it became
};

}  // namespace skranke
