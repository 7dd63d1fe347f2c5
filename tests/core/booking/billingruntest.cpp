#include "core/booking/billingrun.h"
#include "core/booking/bookingbilling.h"
#include "core/booking/bookingstore.h"
#include "core/booking/cancellation.h"
#include "core/invoicing/invoiceservice.h"
#include "core/store/error.h"
#include "tests/core/booking/bookingfixture.h"
#include "tests/core/receivables/receivablesfixture.h"

#include <catch2/catch.hpp>

using namespace skranke;
using namespace skranke::test;

namespace {

struct Flags {
    bool invoiceWanted = true;
    bool generateInvoice = true;
    bool generateReminder = true;
    bool cancelOnMissing = false;
    bool customer = true;
    std::int64_t customerId = 0;  // 0: Anna
    QDate depositDue;
    QDate finalDue;
};

std::int64_t bookCabin(BookingShop& shop, const Session& s, const Flags& f, int fromDay) {
    Booking h;
    h.customerId = !f.customer ? 0 : f.customerId > 0 ? f.customerId : shop.anna.id;
    h.invoiceWanted = f.invoiceWanted;
    h.generateInvoice = f.generateInvoice;
    h.generateReminder = f.generateReminder;
    h.cancelOnMissingPayment = f.cancelOnMissing;
    h.depositDue = f.depositDue;
    h.finalDue = f.finalDue;
    const Booking b = BookingService::create(s, h);
    BookingService::addRow(s, b.id,
                           nights(shop.cabin, day(2026, 6, fromDay), day(2026, 6, fromDay + 1)));
    return b.id;
}

const BillingRun::Item* find(const std::vector<BillingRun::Item>& items, std::int64_t booking,
                             BillingRun::Action action) {
    for (const auto& i : items)
        if (i.bookingId == booking && i.action == action)
            return &i;
    return nullptr;
}

}  // namespace

TEST_CASE("the billing run invoices flagged bookings once and says which to send",
          "[booking][billing-run]") {
    BookingShop shop;
    const Session s = shop.owner();
    const auto plain = bookCabin(shop, s, {}, 1);
    Flags noInvoice;
    noInvoice.invoiceWanted = false;
    const auto notWanted = bookCabin(shop, s, noInvoice, 3);
    Flags manual;
    manual.generateInvoice = false;
    const auto byHand = bookCabin(shop, s, manual, 5);
    Flags anonymous;
    anonymous.customer = false;
    const auto noCustomer = bookCabin(shop, s, anonymous, 7);

    const QDate today(2026, 3, 2);
    const auto preview = BillingRun::preview(shop.db(), today);
    CHECK(countRows(shop.db(), "invoice") == 0);  // a preview writes nothing
    REQUIRE(find(preview, plain, BillingRun::Action::Invoice));
    CHECK_FALSE(find(preview, notWanted, BillingRun::Action::Invoice));
    CHECK_FALSE(find(preview, byHand, BillingRun::Action::Invoice));
    REQUIRE(find(preview, noCustomer, BillingRun::Action::Invoice));
    CHECK(find(preview, noCustomer, BillingRun::Action::Invoice)->refused);

    const auto done = BillingRun::run(s, today);
    const auto* invoiced = find(done, plain, BillingRun::Action::Invoice);
    REQUIRE(invoiced);
    CHECK_FALSE(invoiced->refused);
    CHECK(invoiced->send);
    CHECK(invoiced->invoiceNumber > 0);
    CHECK(BookingBilling::invoices(shop.db(), plain).size() == 1);
    CHECK(find(done, noCustomer, BillingRun::Action::Invoice)->refused);
    CHECK(BookingBilling::invoices(shop.db(), noCustomer).empty());

    // Run again: nothing new to invoice.
    CHECK_FALSE(find(BillingRun::run(s, today), plain, BillingRun::Action::Invoice));
    CHECK(BookingBilling::invoices(shop.db(), plain).size() == 1);
    CHECK_THROWS_AS(BillingRun::run(s, QDate()), Error);
}

TEST_CASE("the billing run lists overdue booking invoices for a reminder when flagged",
          "[booking][billing-run]") {
    BookingShop shop;
    const Session s = shop.owner();
    Flags due;
    due.finalDue = QDate(2026, 3, 10);
    const auto remind = bookCabin(shop, s, due, 1);
    Flags quiet = due;
    quiet.generateReminder = false;
    const auto noRemind = bookCabin(shop, s, quiet, 3);
    BillingRun::run(s, QDate(2026, 3, 2));

    // On the due date nothing is overdue; the day after it is.
    CHECK_FALSE(find(BillingRun::preview(shop.db(), QDate(2026, 3, 10)), remind,
                     BillingRun::Action::Remind));
    const auto later = BillingRun::preview(shop.db(), QDate(2026, 3, 11));
    const auto* item = find(later, remind, BillingRun::Action::Remind);
    REQUIRE(item);
    CHECK(item->debtorId == CustomerService::find(shop.db(), shop.anna.id)->debtorId);
    CHECK(item->invoiceNumber == BookingBilling::invoices(shop.db(), remind)[0].number);
    CHECK_FALSE(find(later, noRemind, BillingRun::Action::Remind));
    // Paid: no reminder.
    BookingBilling::pay(s, remind, dkk(80000), QDate(2026, 3, 11), {}, {}, {});
    CHECK_FALSE(find(BillingRun::preview(shop.db(), QDate(2026, 3, 12)), remind,
                     BillingRun::Action::Remind));
}

TEST_CASE("the billing run cancels bookings whose deposit or total is not paid in time",
          "[booking][billing-run][cancel]") {
    BookingShop shop;
    const Session s = shop.owner();
    Flags strict;
    strict.cancelOnMissing = true;
    strict.depositDue = QDate(2026, 3, 5);
    strict.finalDue = QDate(2026, 3, 20);
    const auto unpaid = bookCabin(shop, s, strict, 1);
    const auto depositPaid = bookCabin(shop, s, strict, 3);
    Flags lenient = strict;
    lenient.cancelOnMissing = false;
    // Another customer, so that the credit left over below is not settled
    // against this booking's invoice on the same debtor.
    Customer bo;
    bo.name = QStringLiteral("Bo Hansen");
    bo.noEmail = true;
    bo.addressLine1 = bo.postcode = bo.city = bo.phone = QStringLiteral("-");
    lenient.customerId = CustomerService::create(s, bo).id;
    const auto kept = bookCabin(shop, s, lenient, 5);
    BillingRun::run(s, QDate(2026, 3, 2));
    BookingBilling::pay(s, depositPaid, dkk(20000), QDate(2026, 3, 4), {}, {}, {});  // 25 %

    // On the deposit's due date nothing happens yet.
    CHECK_FALSE(find(BillingRun::run(s, QDate(2026, 3, 5)), unpaid, BillingRun::Action::Cancel));
    const auto day6 = BillingRun::run(s, QDate(2026, 3, 6));
    const auto* cancel = find(day6, unpaid, BillingRun::Action::Cancel);
    REQUIRE(cancel);
    CHECK_FALSE(cancel->refused);
    CHECK(cancel->note.contains(QStringLiteral("Deposit")));
    CHECK_FALSE(find(day6, depositPaid, BillingRun::Action::Cancel));
    CHECK_FALSE(find(day6, kept, BillingRun::Action::Cancel));
    // Not reminded as well: it is cancelled.
    CHECK_FALSE(find(day6, unpaid, BillingRun::Action::Remind));
    for (const BookingRow& r : BookingStore::rows(shop.db(), unpaid))
        CHECK(r.status == RowStatus::Cancelled);
    const auto recorded = CancellationStore::ofBooking(shop.db(), unpaid);
    REQUIRE(recorded.size() == 1);
    CHECK(recorded[0].reason == cancel->note);
    CHECK(recorded[0].fee.isZero());
    // The claim is credited: the customer owes nothing for it.
    const Invoice invoice = BookingBilling::invoices(shop.db(), unpaid)[0];
    CHECK(InvoiceService::uncredited(shop.db(), invoice).isZero());

    // The one that paid its deposit goes when the total is late.
    CHECK_FALSE(
        find(BillingRun::run(s, QDate(2026, 3, 20)), depositPaid, BillingRun::Action::Cancel));
    const auto day21 = BillingRun::run(s, QDate(2026, 3, 21));
    REQUIRE(find(day21, depositPaid, BillingRun::Action::Cancel));
    CHECK(find(day21, depositPaid, BillingRun::Action::Cancel)
              ->note.contains(QStringLiteral("full")));
    CHECK(BookingBilling::refundable(shop.db(), depositPaid) == dkk(20000));
    CHECK(BookingStore::rows(shop.db(), kept)[0].status == RowStatus::Reservation);
}
