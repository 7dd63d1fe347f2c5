#pragma once

#include "core/money/money.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace skranke {

enum class PostingKind {
    Invoice,
    CreditNote,
    Payment,
    WriteOff,
    ReminderFee,
    Interest,
    Compensation
};

QString postingKindKey(PostingKind kind);
PostingKind postingKindFromKey(const QString& key);
QString postingKindName(PostingKind kind);  // translated
// The English source text, for documents translated into their reader's language.
const char* postingKindText(PostingKind kind);

// One entry in a debtor's ledger: + what the debtor owes, − what reduces it.
struct Posting {
    std::int64_t id = 0;
    QByteArray uid;
    std::int64_t debtorId = 0;
    PostingKind kind = PostingKind::Invoice;
    QDate date;
    QDate dueDate;
    Money amount;  // signed
    Money open;    // what is not settled yet, signed like amount
    std::int64_t invoiceId = 0;
    std::int64_t docNumber = 0;
    QString paymentType;
    QString reference;
    QString text;
};

}  // namespace skranke
