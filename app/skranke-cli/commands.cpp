#include "app/skranke-cli/commands.h"

#include <QCoreApplication>

namespace skranke::cli {

int runOrders(CliContext& ctx, const QStringList& args);      // orderscommand.cpp
int runAccounting(CliContext& ctx, const QStringList& args);  // accountingcommand.cpp

const std::vector<Command>& commands() {
    static const std::vector<Command> all{
        {"init",
         QT_TRANSLATE_NOOP("skranke::cli::Commands",
                           "create a new database with the company and its owner"),
         runInit},
        {"demo",
         QT_TRANSLATE_NOOP("skranke::cli::Commands",
                           "create a demo database of a Danish holiday and activity centre"),
         runDemo},
        {"users",
         QT_TRANSLATE_NOOP(
             "skranke::cli::Commands",
             "add, list and change staff users (add|list|passwd|activate|deactivate)"),
         runUsers},
        {"company",
         QT_TRANSLATE_NOOP("skranke::cli::Commands",
                           "show or change the company profile (show|set)"),
         runCompany},
        {"journal",
         QT_TRANSLATE_NOOP("skranke::cli::Commands",
                           "verify or list the audit journal (verify|list)"),
         runJournal},
        {"debtor",
         QT_TRANSLATE_NOOP("skranke::cli::Commands",
                           "add, edit, show and list debtors (add|edit|show|list)"),
         runDebtor},
        {"customer",
         QT_TRANSLATE_NOOP("skranke::cli::Commands",
                           "add, find, edit and show customers (add|find|edit|show)"),
         runCustomer},
        {"group",
         QT_TRANSLATE_NOOP("skranke::cli::Commands", "debtor groups (add|list|rename|move)"),
         runGroup},
        {"invoice",
         QT_TRANSLATE_NOOP(
             "skranke::cli::Commands",
             "create, post, show, list and print invoices (create|post|show|list|pdf)"),
         runInvoice},
        {"credit-note",
         QT_TRANSLATE_NOOP("skranke::cli::Commands", "credit a posted invoice (create|show|pdf)"),
         runCreditNote},
        {"payment",
         QT_TRANSLATE_NOOP("skranke::cli::Commands", "register a debtor payment (register)"),
         runPayment},
        {"write-off",
         QT_TRANSLATE_NOOP("skranke::cli::Commands", "write off an amount a debtor owes"),
         runWriteOff},
        {"postings",
         QT_TRANSLATE_NOOP("skranke::cli::Commands",
                           "a debtor's postings with open amounts and balance"),
         runPostings},
        {"settle",
         QT_TRANSLATE_NOOP("skranke::cli::Commands",
                           "settle payments against invoices (auto|match|undo)"),
         runSettle},
        {"balance-list",
         QT_TRANSLATE_NOOP("skranke::cli::Commands", "the aged debtor balance list as of a date"),
         runBalanceList},
        {"reminders",
         QT_TRANSLATE_NOOP("skranke::cli::Commands",
                           "reminder runs and reminders (preview|create|list|pdf)"),
         runReminders},
        {"mail",
         QT_TRANSLATE_NOOP("skranke::cli::Commands",
                           "email: server settings, the outbox and sending (settings|outbox|send)"),
         runMail},
        {"till",
         QT_TRANSLATE_NOOP("skranke::cli::Commands",
                           "tills, shifts, cash, sales, X/Z reports and receipts "
                           "(create|list|products|shift|cash|sale|report|receipts)"),
         runTill},
        {"booking",
         QT_TRANSLATE_NOOP(
             "skranke::cli::Commands",
             "bookings, their rows, invoices, payments and mail-outs "
             "(create|edit|show|copy|row|invoice|pay|run-recurring|run-billing|cancel|"
             "supplier-report|send-invoice|send-confirmation)"),
         runBookingWithMail},
        {"availability",
         QT_TRANSLATE_NOOP("skranke::cli::Commands", "a bookable product's free units per day"),
         runAvailability},
        {"schedule",
         QT_TRANSLATE_NOOP("skranke::cli::Commands", "the bookings on each unit over a period"),
         runSchedule},
        {"cancellations",
         QT_TRANSLATE_NOOP("skranke::cli::Commands",
                           "the bookings cancelled in a period, with reasons and fees"),
         runCancellations},
        {"orders",
         QT_TRANSLATE_NOOP("skranke::cli::Commands",
                           "the webshop's online orders, their card payments and statuses "
                           "(import|list|show|capture|cancel|refund|retry|status|statuses|export)"),
         runOrders},
        {"accounting",
         QT_TRANSLATE_NOOP("skranke::cli::Commands",
                           "vouchers for the accounting program: transfer, export, mapping, "
                           "payouts and the balance report (vouchers|show|transfer|restart|"
                           "export|payouts|balance|mapping|accounts|settings)"),
         runAccounting},
        {"supplier",
         QT_TRANSLATE_NOOP("skranke::cli::Commands", "suppliers of bookable products (add|list)"),
         runSupplier},
        {"product",
         QT_TRANSLATE_NOOP("skranke::cli::Commands",
                           "a bookable product's supplier, guest categories and cancellation "
                           "rules (supplier|guests|cancellation-rules)"),
         runProduct},
        {"price-rule",
         QT_TRANSLATE_NOOP("skranke::cli::Commands",
                           "a bookable product's price table (add|list|retire)"),
         runPriceRule},
        {"price",
         QT_TRANSLATE_NOOP("skranke::cli::Commands",
                           "what a bookable product's price table offers for a period"),
         runPrice},
        {"backup",
         QT_TRANSLATE_NOOP("skranke::cli::Commands",
                           "copy the database to a new file while it is in use"),
         runBackup},
    };
    return all;
}

}  // namespace skranke::cli
