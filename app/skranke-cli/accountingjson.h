#pragma once

#include "core/accounting/accountingsettings.h"
#include "core/accounting/accountmapping.h"
#include "core/accounting/chartofaccounts.h"
#include "core/accounting/transferqueue.h"
#include "core/accounting/voucher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace skranke::cli {

// The accounting command's texts, in one translation context.
class AccountingText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Accounting)
};

// Rows padded into columns; the columns listed in `right` are right-aligned
// (amounts). The first row is the header.
QStringList alignedTable(const QList<QStringList>& rows, const QList<int>& right = {});

// JSON and text shapes of the accounting command. Amounts are decimal
// strings with the currency beside them; times are ISO 8601 in the company's
// time zone (`timeZone`).
QJsonObject voucherJson(const Voucher& v, bool withLines, const QString& timeZone);
// The list: number, date, document, text, method, amount, state, reference
// or reason.
QStringList voucherTable(const std::vector<Voucher>& vouchers);
// One voucher with its lines, for accounting show.
QString voucherText(const Voucher& v, const QString& timeZone);

QJsonObject transferRunJson(const TransferRun& run);
QString transferRunText(const TransferRun& run);

QJsonObject settingsJson(const AccountingSettings& s);
QString settingsText(const AccountingSettings& s);

QJsonObject mappingJson(const MappingEntry& e);
QStringList mappingTable(const std::vector<MappingEntry>& entries);

QJsonObject accountJson(const Account& a);
QStringList accountTable(const std::vector<Account>& accounts);

}  // namespace skranke::cli

class QCommandLineParser;

namespace skranke::cli {

class CliContext;

// Shared by the accounting subcommands (accountingcommand.cpp and
// accountingcommand2.cpp).
// Only the options the subcommand takes; anything else is a usage error.
void requireOnlyOptions(const QCommandLineParser& p, const QString& what,
                        const QStringList& allowed, const QString& usage);
// --from and --to as a period: both required, or (when optional) both or
// neither. The end before the start is an error naming "to".
struct DatePeriod {
    QDate from;
    QDate to;
};
DatePeriod periodOptions(const QCommandLineParser& p, bool required, const QString& usage);

// accounting vouchers|show|transfer|restart|export (accountingcommand2.cpp).
int runAccountingVouchers(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos,
                          const QString& usage);
// accounting payouts import|list and accounting balance (accountingcommand3.cpp).
int runAccountingPayouts(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos,
                         const QString& usage);
int runAccountingBalance(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos,
                         const QString& usage);

}  // namespace skranke::cli
