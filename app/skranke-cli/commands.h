#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace skranke::cli {

class CliContext;
}  // namespace skranke::cli

class QCommandLineParser;

namespace skranke::cli {

using CommandFn = int (*)(CliContext&, const QStringList& args);

struct Command {
    const char* name;
    const char* summary;  // translated in the "skranke::cli::Commands" context
    CommandFn run;
};

// Every command group; each lives in its own *command.cpp.
const std::vector<Command>& commands();

int runInit(CliContext& ctx, const QStringList& args);
int runDemo(CliContext& ctx, const QStringList& args);
int runUsers(CliContext& ctx, const QStringList& args);
int runCompany(CliContext& ctx, const QStringList& args);
int runJournal(CliContext& ctx, const QStringList& args);
int runBackup(CliContext& ctx, const QStringList& args);
int runDebtor(CliContext& ctx, const QStringList& args);
int runCustomer(CliContext& ctx, const QStringList& args);
int runGroup(CliContext& ctx, const QStringList& args);
int runInvoice(CliContext& ctx, const QStringList& args);
int runCreditNote(CliContext& ctx, const QStringList& args);
int runPayment(CliContext& ctx, const QStringList& args);
int runWriteOff(CliContext& ctx, const QStringList& args);
int runPostings(CliContext& ctx, const QStringList& args);
int runSettle(CliContext& ctx, const QStringList& args);
int runBalanceList(CliContext& ctx, const QStringList& args);
int runReminders(CliContext& ctx, const QStringList& args);
int runMail(CliContext& ctx, const QStringList& args);
// reminders list|pdf, with the options runReminders parsed.
int runReminderDocuments(CliContext& ctx, const QCommandLineParser& parser, const QString& usage);
int runTill(CliContext& ctx, const QStringList& args);
int runBooking(CliContext& ctx, const QStringList& args);
// booking supplier-report|send-invoice|send-confirmation (bookingmailcommand.cpp),
// and every other booking subcommand through runBooking.
int runBookingWithMail(CliContext& ctx, const QStringList& args);
int runAvailability(CliContext& ctx, const QStringList& args);
int runSchedule(CliContext& ctx, const QStringList& args);
int runCancellations(CliContext& ctx, const QStringList& args);
// supplier, product, price-rule and price (catalogcommand.cpp).
int runSupplier(CliContext& ctx, const QStringList& args);
int runProduct(CliContext& ctx, const QStringList& args);
int runPriceRule(CliContext& ctx, const QStringList& args);
int runPrice(CliContext& ctx, const QStringList& args);
// till report|receipts, with the options runTill parsed.
int runTillReports(CliContext& ctx, const QCommandLineParser& parser, const QString& usage);
// till payment|drawer|value-card, with the options runTill parsed.
int runTillMoney(CliContext& ctx, const QCommandLineParser& parser, const QString& usage);

}  // namespace skranke::cli
