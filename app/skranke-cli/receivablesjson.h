#pragma once

#include "core/invoicing/invoice.h"
#include "core/ledger/ledgerservice.h"
#include "core/parties/debtor.h"

#include <QJsonObject>

namespace skranke::cli {

// JSON shapes of the receivables commands. Amounts are decimal strings with
// their currency beside them.
QJsonObject toJson(const Debtor& debtor, const DebtorBalance& balance);
QJsonObject toJson(const Invoice& invoice);
QJsonObject toJson(const PostingRow& row);
QString invoiceText(const Invoice& invoice);
QString debtorText(const Debtor& debtor, const DebtorBalance& balance);

}  // namespace skranke::cli
