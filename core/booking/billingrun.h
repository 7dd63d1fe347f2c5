#pragma once

#include "core/booking/cancellation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <vector>

namespace skranke {

class Database;
class Session;

// The daily run that acts on the Invoice tab's automation flags:
//  - "generate invoice": bookings with rows (or cancellation fees) not yet
//    invoiced get an invoice;
//  - "send invoice": such new invoices are marked for emailing (the
//    documents layer sends them: BillingRunDispatch);
//  - "generate reminder": bookings with an invoice open after its due date
//    are listed for the reminder run, by debtor;
//  - "cancel on missing payment": bookings whose deposit (by the deposit
//    due date) or total (by the final due date) is not paid are cancelled:
//    their open invoices are credited and every row is cancelled, without a
//    fee, with the reason saying why.
// Each booking is one transaction: a booking that is refused (no customer,
// say) is reported and the run goes on.
class BillingRun final {
    Q_DECLARE_TR_FUNCTIONS(skranke::BillingRun)
public:
    enum class Action { Invoice, Remind, Cancel };
    struct Item {
        Action action = Action::Invoice;
        std::int64_t bookingId = 0;
        QString customer;
        std::int64_t invoiceNumber = 0;    // created (Invoice) or overdue (Remind)
        std::int64_t debtorId = 0;         // Remind: whom to remind
        bool send = false;                 // Invoice: the booking wants it emailed
        QString note;                      // Cancel: the reason; or what was refused
        bool refused = false;              // the action could not be done: see note
        std::vector<std::int64_t> rowIds;  // Cancel: the rows this run cancelled
    };

    // What a run on `today` would do, without doing it.
    static std::vector<Item> preview(Database& db, const QDate& today);
    // Does it. Invoices are dated `today`.
    static std::vector<Item> run(const Session& session, const QDate& today);

    static QString actionName(Action action);

private:
    static std::vector<Item> plan(Database& db, const QDate& today);
    static void cancelUnpaid(const Session& session, Item& item);
};

}  // namespace skranke
