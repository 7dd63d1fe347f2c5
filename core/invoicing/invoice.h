#pragma once

#include "core/money/money.h"
#include "core/money/rate.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <vector>

namespace skranke {

// One line as entered: quantity in thousandths, price including VAT.
struct InvoiceLineInput {
    QString text;
    std::int64_t quantityMilli = 1000;
    Money unitPrice;  // including VAT
    Rate vatRate;
    Rate discount;  // share taken off the line, 0 ≤ d < 1
    std::int64_t creditedLineId = 0;
};

struct InvoiceLine {
    std::int64_t id = 0;
    int lineNo = 0;
    InvoiceLineInput input;
    Money gross;  // line amount including VAT, after discount
    Money net;    // line net amount (EN 16931 BT-131)
};

// The VAT breakdown of one rate (EN 16931 BG-23).
struct InvoiceVat {
    Rate rate;
    Money base;
    Money vat;
};

struct Invoice {
    enum class Kind { Invoice, CreditNote };
    enum class Status { Draft, Posted };

    std::int64_t id = 0;
    QByteArray uid;
    Kind kind = Kind::Invoice;
    Status status = Status::Draft;
    std::int64_t number = 0;  // 0 while draft
    std::int64_t debtorId = 0;
    QDate date;
    QDate dueDate;
    QString tillRef;
    QString message;
    bool feesAllowed = true;
    std::int64_t creditedInvoiceId = 0;
    std::int64_t creditedNumber = 0;
    std::vector<InvoiceLine> lines;
    std::vector<InvoiceVat> vat;  // highest rate first
    Money net;
    Money vatTotal;
    Money total;
    QString paymentReference;

    bool isCreditNote() const { return kind == Kind::CreditNote; }
};

}  // namespace skranke
