#include "core/booking/bookingbilling.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/booking/bookingstore.h"
#include "core/booking/bookingtime.h"
#include "core/booking/cancellation.h"
#include "core/catalog/catalogservice.h"
#include "core/company/companyservice.h"
#include "core/company/identifiers.h"
#include "core/i18n/language.h"
#include "core/invoicing/invoiceservice.h"
#include "core/ledger/ledgerservice.h"
#include "core/money/rounding.h"
#include "core/parties/customerservice.h"
#include "core/parties/debtorservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/time/clock.h"

#include <QLocale>
#include <algorithm>

namespace skranke {

namespace {

const QString depositKey = QStringLiteral("booking.deposit_percent");

QString periodText(const BookingRow& r, ProductKind kind) {
    const QString from =
        BookingTime::format(r.start, kind).replace(QLatin1Char('T'), QLatin1Char(' '));
    const QString to = BookingTime::format(r.end, kind).replace(QLatin1Char('T'), QLatin1Char(' '));
    return QStringLiteral("%1 – %2").arg(from, to);
}

BookingPayment readPayment(const Statement& st) {
    BookingPayment p;
    p.id = st.int64(0);
    p.bookingId = st.int64(1);
    p.postingId = st.int64(2);
    p.kind = st.text(3);
    p.succeeded = st.text(4) == QLatin1String("succeeded");
    p.date = QDate::fromString(st.text(5), Qt::ISODate);
    p.amount = Money(st.int64(6), Currency::fromCode(st.text(7)));
    p.method = st.text(8);
    p.transactionId = st.text(9);
    p.comment = st.text(10);
    p.account = st.text(11);
    p.createdMs = st.int64(12);
    p.createdBy = st.text(13);
    return p;
}

std::int64_t insertPayment(const Session& session, std::int64_t bookingId, std::int64_t postingId,
                           bool succeeded, const QDate& date, const Money& amount,
                           const QString& method, const QString& transactionId,
                           const QString& comment, const QString& kind = QStringLiteral("payment"),
                           const QString& account = {}) {
    const std::int64_t now = session.clock().nowMs();
    auto st = session.db().prepare(
        "INSERT INTO booking_payment(uid, booking_id, posting_id, kind, status, payment_date, "
        "amount_minor, currency, method, transaction_id, comment, created_ms, created_by, "
        "account) VALUES (?1, ?2, ?3, ?13, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?14)");
    st.bind(1, Uuid::v7(now)).bind(2, bookingId);
    if (postingId > 0)
        st.bind(3, postingId);
    else
        st.bindNull(3);
    st.bind(4, succeeded ? "succeeded" : "failed").bind(5, date.toString(Qt::ISODate));
    st.bind(6, amount.minor()).bind(7, amount.currency().code()).bind(8, method.trimmed());
    st.bind(9, transactionId.trimmed()).bind(10, comment.trimmed()).bind(11, now);
    st.bind(12, session.user().login).bind(13, kind).bind(14, account.trimmed()).run();
    return session.db().lastInsertId();
}

}  // namespace

Rate BookingBilling::depositShare(Database& db) {
    return Rate::percent(Settings::value(db, depositKey, QStringLiteral("25")));
}

void BookingBilling::setDepositShare(const Session& session, const QString& percent) {
    session.require(rights::SettingsEdit);
    const Rate rate = Rate::parsePercent(percent, QStringLiteral("deposit_percent"));
    if (rate.value() > 1)
        throw Error::invalid(QStringLiteral("deposit_percent"),
                             tr("The deposit is at most 100 % of the booking."));
    Transaction tx(session.db());
    Settings::set(session.db(), depositKey, rate.toPercentString());
    session.journal(QStringLiteral("setting"), Settings::deviceUid(session.db()),
                    QStringLiteral("deposit_percent"),
                    {{QStringLiteral("percent"), rate.toPercentString()}});
    tx.commit();
}

Money BookingBilling::deposit(Database& db, const Money& total) {
    return total.times(depositShare(db), Rounding::HalfAwayFromZero, "booking-deposit");
}

std::int64_t BookingBilling::debtorFor(const Session& session, const Booking& booking) {
    if (booking.customerId <= 0)
        throw Error::invalid(QStringLiteral("customer"),
                             tr("Booking %1 has no customer to invoice; choose one on the "
                                "General tab.")
                                 .arg(booking.id));
    const Customer c = *CustomerService::find(session.db(), booking.customerId);
    if (c.debtorId > 0)
        return c.debtorId;
    // The customer becomes a debtor with their address, on the company's terms.
    Debtor d;
    d.name = c.name;
    d.addressLine1 = c.addressLine1 == QLatin1String("-") ? QString() : c.addressLine1;
    d.addressLine2 = c.addressLine2;
    d.postcode = c.postcode == QLatin1String("-") ? QString() : c.postcode;
    d.city = c.city == QLatin1String("-") ? QString() : c.city;
    d.country = CompanyService::require(session.db()).country;
    d.email = c.email;
    d.phone = c.phone == QLatin1String("-") ? QString() : c.phone;
    const Debtor created = DebtorService::create(session, d);
    CustomerService::linkDebtor(session, c.id, created.id);
    return created.id;
}

Invoice BookingBilling::generateInvoice(const Session& session, std::int64_t bookingId,
                                        const QDate& date) {
    session.require(rights::InvoicingInvoice);
    Transaction tx(session.db());
    Database& db = session.db();
    const Booking booking = BookingStore::require(db, bookingId);
    if (!booking.invoiceWanted)
        throw Error(ErrorCode::Conflict,
                    tr("Booking %1 is set not to be invoiced (Invoice tab).").arg(bookingId),
                    QStringLiteral("invoice_wanted"));
    std::vector<BookingRow> toBill;
    for (const BookingRow& r : BookingStore::rows(db, bookingId))
        if (BookingStore::billable(r.status) && r.invoiceId == 0)
            toBill.push_back(r);
    const std::vector<Cancellation> fees = CancellationStore::feesToBill(db, bookingId);
    if (toBill.empty() && fees.empty())
        throw Error(ErrorCode::Conflict,
                    invoices(db, bookingId).empty()
                        ? tr("Booking %1 has no rows to invoice.").arg(bookingId)
                        : tr("Every row of booking %1 is invoiced already; an unpaid invoice "
                             "is followed up by a reminder.")
                              .arg(bookingId),
                    QStringLiteral("booking"));
    InvoiceDraft draft;
    draft.debtorId = debtorFor(session, booking);
    draft.date = date;
    draft.dueDate =
        booking.finalDue.isValid() && booking.finalDue >= date ? booking.finalDue : QDate();
    Money total = Money::zero(Currency::fromCode(CompanyService::rules(db).currency));
    for (const BookingRow& r : toBill) {
        const Product p = *CatalogService::product(db, r.productId);
        const QString text = QStringLiteral("%1, %2").arg(r.invoiceText, periodText(r, p.kind));
        InvoiceLineInput line;
        line.text = r.quantity > 1 ? QStringLiteral("%1 × %2").arg(r.quantity).arg(text) : text;
        line.unitPrice = r.price();
        line.vatRate = p.vatRate;
        draft.lines.push_back(line);
        total += r.price();
    }
    // The message and fee lines are stored on the invoice, so they are
    // written in its reader's language (the debtor's, else the company's
    // country's).
    const Debtor debtor = DebtorService::require(db, draft.debtorId);
    const QString lang = documentLanguage(debtor.language, CompanyService::require(db).country);
    const QLocale locale = localeForLanguage(lang);
    const auto text = [&](const char* source) {
        return translateFor(lang, "skranke::BookingBilling", source);
    };
    for (const Cancellation& c : fees) {
        const Product p = *CatalogService::product(db, c.productId);
        BookingRow period;
        period.start = c.start;
        period.end = c.end;
        InvoiceLineInput line;
        line.text = text(QT_TRANSLATE_NOOP("skranke::BookingBilling", "Cancellation fee: %1, %2"))
                        .arg(p.name, periodText(period, p.kind));
        line.unitPrice = c.fee;
        line.vatRate = p.vatRate;
        draft.lines.push_back(line);
        total += c.fee;
    }
    QStringList message;
    message << text(QT_TRANSLATE_NOOP("skranke::BookingBilling", "Booking %1")).arg(bookingId);
    if (booking.depositDue.isValid() && booking.depositDue < draft.dueDate) {
        const Money dep = deposit(db, total);
        message << text(QT_TRANSLATE_NOOP("skranke::BookingBilling",
                                          "Deposit %1 due %2; the rest by %3."))
                       .arg(dep.formatWithCurrency(locale),
                            locale.toString(booking.depositDue, QLocale::ShortFormat),
                            locale.toString(draft.dueDate, QLocale::ShortFormat));
    }
    if (!booking.invoiceMessage.trimmed().isEmpty())
        message << booking.invoiceMessage.trimmed();
    draft.message = message.join(QLatin1Char('\n'));
    const Invoice invoice = InvoiceService::createAndPost(session, draft);
    const std::int64_t now = session.clock().nowMs();
    db.prepare(
          "INSERT INTO booking_invoice(booking_id, invoice_id, created_ms) VALUES (?1, ?2, ?3)")
        .bindAll(bookingId, invoice.id, now)
        .run();
    // Lines are in draft order: the rows, then the fees.
    std::size_t line = 0;
    for (const BookingRow& r : toBill)
        db.prepare(
              "UPDATE booking_row SET invoice_id = ?2, invoice_line_id = ?4, "
              "awaiting_settlement_ms = ?3, updated_ms = ?3 WHERE id = ?1")
            .bindAll(r.id, invoice.id, now, invoice.lines[line++].id)
            .run();
    for (const Cancellation& c : fees)
        CancellationStore::markBilled(db, c.id, invoice.id);
    session.journal(QStringLiteral("booking"), booking.uid, QStringLiteral("invoice"),
                    {{QStringLiteral("invoice"), qint64(invoice.number)},
                     {QStringLiteral("total"), invoice.total.toDecimalString()},
                     {QStringLiteral("rows"), qint64(toBill.size())},
                     {QStringLiteral("fees"), qint64(fees.size())}});
    applyPaidState(session, booking);
    tx.commit();
    return invoice;
}

BookingPayment BookingBilling::pay(const Session& session, std::int64_t bookingId,
                                   const Money& amount, const QDate& date, const QString& method,
                                   const QString& transactionId, const QString& comment) {
    session.require(rights::LedgerPayment);
    if (!amount.isPositive())
        throw Error::invalid(QStringLiteral("amount"), tr("A payment is more than 0."));
    if (!date.isValid())
        throw Error::invalid(QStringLiteral("date"), tr("The payment date is required."));
    Transaction tx(session.db());
    Database& db = session.db();
    const Booking booking = BookingStore::require(db, bookingId);
    const std::int64_t debtorId = debtorFor(session, booking);
    // Settle the booking's own invoices, oldest first; the rest stays open.
    std::vector<LedgerService::Allocation> allocations;
    Money left = amount;
    for (const Invoice& inv : invoices(db, bookingId)) {
        if (!left.isPositive())
            break;
        auto st = db.prepare(
            "SELECT ifnull(sum(o.open_minor), 0) FROM posting p JOIN posting_open o "
            "ON o.posting_id = p.id WHERE p.invoice_id = ?1 AND p.kind = 'invoice'");
        st.bindAll(inv.id);
        st.step();
        const Money open(st.int64(0), amount.currency());
        if (!open.isPositive())
            continue;
        const Money take = open < left ? open : left;
        allocations.push_back({inv.number, take});
        left -= take;
    }
    const Posting posting = LedgerService::registerPayment(
        session, debtorId, amount, date,
        method.trimmed().isEmpty() ? QStringLiteral("bank") : method,
        transactionId.trimmed().isEmpty() ? comment : transactionId, allocations,
        LedgerService::Rest::StayOpen);  // the debtor's other invoices are not this booking's
    const std::int64_t id = insertPayment(session, bookingId, posting.id, true, date, amount,
                                          method, transactionId, comment);
    session.journal(QStringLiteral("booking"), booking.uid, QStringLiteral("payment"),
                    {{QStringLiteral("payment"), qint64(id)},
                     {QStringLiteral("amount"), amount.toDecimalString()},
                     {QStringLiteral("date"), date.toString(Qt::ISODate)},
                     {QStringLiteral("method"), method},
                     {QStringLiteral("transaction"), transactionId},
                     {QStringLiteral("comment"), comment}});
    applyPaidState(session, booking);
    tx.commit();
    return payments(db, bookingId).back();
}

BookingPayment BookingBilling::recordFailed(const Session& session, std::int64_t bookingId,
                                            const Money& amount, const QDate& date,
                                            const QString& method, const QString& transactionId,
                                            const QString& comment) {
    session.require(rights::LedgerPayment);
    Transaction tx(session.db());
    const Booking booking = BookingStore::require(session.db(), bookingId);
    const std::int64_t id =
        insertPayment(session, bookingId, 0, false, date, amount, method, transactionId, comment);
    session.journal(QStringLiteral("booking"), booking.uid, QStringLiteral("payment_failed"),
                    {{QStringLiteral("payment"), qint64(id)},
                     {QStringLiteral("amount"), amount.toDecimalString()},
                     {QStringLiteral("transaction"), transactionId}});
    tx.commit();
    return payments(session.db(), bookingId).back();
}

void BookingBilling::checkAccount(Database& db, const QString& account) {
    const QString text = account.trimmed();
    const QString country = CompanyService::require(db).country;
    const bool iban = text.size() > 2 && text.at(0).isLetter();
    const bool ok = iban                             ? Identifiers::isValidIban(text)
                    : country == QLatin1String("NO") ? Identifiers::isValidNorwegianAccount(text)
                    : country == QLatin1String("DK") ? Identifiers::isValidDanishAccount(text)
                                                     : false;
    if (ok)
        return;
    throw Error::invalid(
        QStringLiteral("account"),
        iban ? tr("\"%1\" is not a valid IBAN.").arg(text)
        : country == QLatin1String("NO")
            ? tr("\"%1\" is not a Norwegian account number (11 digits with a valid check digit) "
                 "or an IBAN.")
                  .arg(text)
        : country == QLatin1String("DK")
            ? tr("\"%1\" is not a Danish account (reg. no. of 4 digits and an account number "
                 "of up to 10) or an IBAN.")
                  .arg(text)
            : tr("\"%1\" is not an IBAN.").arg(text));
}

std::vector<std::int64_t> BookingBilling::openCredits(Database& db, std::int64_t bookingId) {
    auto st = db.prepare(
        "SELECT p.id FROM booking_payment bp JOIN posting p ON p.id = bp.posting_id "
        "JOIN posting_open o ON o.posting_id = p.id "
        "WHERE bp.booking_id = ?1 AND o.open_minor < 0 "
        "UNION SELECT p.id FROM booking_invoice bi JOIN invoice c ON c.credited_invoice_id = "
        "bi.invoice_id JOIN posting p ON p.invoice_id = c.id AND p.kind = 'credit_note' "
        "JOIN posting_open o ON o.posting_id = p.id WHERE bi.booking_id = ?1 AND o.open_minor < 0 "
        "ORDER BY 1");
    st.bindAll(bookingId);
    std::vector<std::int64_t> ids;
    while (st.step())
        ids.push_back(st.int64(0));
    return ids;
}

Money BookingBilling::refundable(Database& db, std::int64_t bookingId) {
    std::int64_t open = 0;
    for (std::int64_t id : openCredits(db, bookingId))
        open -= LedgerService::posting(db, id).open.minor();
    return Money(open, Currency::fromCode(CompanyService::rules(db).currency));
}

BookingPayment BookingBilling::refund(const Session& session, std::int64_t bookingId,
                                      const Money& amount, const QDate& date,
                                      const QString& account, const QString& transactionId,
                                      const QString& comment) {
    session.require(rights::LedgerPayment);
    Database& db = session.db();
    if (!account.trimmed().isEmpty())
        checkAccount(db, account);
    Transaction tx(db);
    const Booking booking = BookingStore::require(db, bookingId);
    const std::int64_t debtorId = debtorFor(session, booking);
    const Posting p = LedgerService::payBack(
        session, debtorId, amount, date, QStringLiteral("refund"),
        transactionId.trimmed().isEmpty() ? account : transactionId, openCredits(db, bookingId));
    const QString method =
        account.trimmed().isEmpty() ? QStringLiteral("card") : QStringLiteral("bank");
    const std::int64_t id =
        insertPayment(session, bookingId, p.id, true, date, -amount, method, transactionId, comment,
                      QStringLiteral("refund"), account);
    session.journal(QStringLiteral("booking"), booking.uid, QStringLiteral("refund"),
                    {{QStringLiteral("payment"), qint64(id)},
                     {QStringLiteral("amount"), amount.toDecimalString()},
                     {QStringLiteral("to"), method},
                     {QStringLiteral("account"), account.trimmed()},
                     {QStringLiteral("comment"), comment}});
    tx.commit();
    return payments(db, bookingId).back();
}

void BookingBilling::transfer(const Session& session, std::int64_t fromBookingId,
                              std::int64_t toBookingId, const Money& amount, const QDate& date,
                              const QString& comment) {
    session.require(rights::LedgerPayment);
    if (fromBookingId == toBookingId)
        throw Error::invalid(QStringLiteral("to"),
                             tr("Choose another booking to transfer the payment to."));
    Database& db = session.db();
    Transaction tx(db);
    const Booking from = BookingStore::require(db, fromBookingId);
    BookingStore::require(db, toBookingId);  // refused before any money moves
    std::vector<std::int64_t> credits;
    for (const BookingPayment& bp : payments(db, fromBookingId))
        if (bp.postingId > 0 && bp.amount.isPositive())
            credits.push_back(bp.postingId);
    const QString reference = tr("Booking %1 → %2").arg(fromBookingId).arg(toBookingId);
    const Posting out = LedgerService::payBack(session, debtorFor(session, from), amount, date,
                                               QStringLiteral("transfer"), reference, credits);
    insertPayment(session, fromBookingId, out.id, true, date, -amount, QStringLiteral("transfer"),
                  {}, comment.isEmpty() ? reference : comment, QStringLiteral("transfer_out"));
    // The money arrives as a payment on the other booking.
    pay(session, toBookingId, amount, date, QStringLiteral("transfer"), reference,
        comment.isEmpty() ? reference : comment);
    session.journal(QStringLiteral("booking"), from.uid, QStringLiteral("transfer_out"),
                    {{QStringLiteral("to"), qint64(toBookingId)},
                     {QStringLiteral("amount"), amount.toDecimalString()}});
    tx.commit();
}

std::vector<Invoice> BookingBilling::invoices(Database& db, std::int64_t bookingId) {
    auto st = db.prepare(
        "SELECT invoice_id FROM booking_invoice WHERE booking_id = ?1 ORDER BY invoice_id");
    st.bindAll(bookingId);
    std::vector<std::int64_t> ids;
    while (st.step())
        ids.push_back(st.int64(0));
    std::vector<Invoice> result;
    for (std::int64_t id : ids)
        result.push_back(*InvoiceService::find(db, id));
    return result;
}

std::optional<Invoice> BookingBilling::overdueInvoice(Database& db, std::int64_t bookingId,
                                                      const QDate& today) {
    for (const BookingRow& r : BookingStore::rows(db, bookingId))
        if (BookingStore::billable(r.status) && r.invoiceId == 0)
            return std::nullopt;  // something is still to invoice
    for (const Invoice& inv : invoices(db, bookingId)) {
        if (inv.dueDate >= today)
            continue;
        auto st = db.prepare(
            "SELECT ifnull(sum(o.open_minor), 0) FROM posting p JOIN posting_open o "
            "ON o.posting_id = p.id WHERE p.invoice_id = ?1 AND p.kind = 'invoice'");
        st.bindAll(inv.id);
        st.step();
        if (st.int64(0) > 0)
            return inv;
    }
    return std::nullopt;
}

std::vector<BookingPayment> BookingBilling::payments(Database& db, std::int64_t bookingId) {
    auto st = db.prepare(
        "SELECT id, booking_id, ifnull(posting_id, 0), kind, status, payment_date, amount_minor, "
        "currency, method, transaction_id, comment, account, created_ms, created_by "
        "FROM booking_payment WHERE booking_id = ?1 ORDER BY id");
    st.bindAll(bookingId);
    std::vector<BookingPayment> result;
    while (st.step())
        result.push_back(readPayment(st));
    return result;
}

Money BookingBilling::paid(Database& db, std::int64_t bookingId) {
    auto st = db.prepare(
        "SELECT ifnull(sum(amount_minor), 0) FROM booking_payment "
        "WHERE booking_id = ?1 AND status = 'succeeded'");
    st.bindAll(bookingId);
    st.step();
    return Money(st.int64(0), Currency::fromCode(CompanyService::rules(db).currency));
}

std::vector<Posting> BookingBilling::postings(Database& db, std::int64_t bookingId) {
    auto st = db.prepare(
        "SELECT p.id FROM posting p JOIN booking_invoice bi ON bi.invoice_id = p.invoice_id "
        "WHERE bi.booking_id = ?1 AND p.kind = 'invoice' UNION "
        "SELECT posting_id FROM booking_payment WHERE booking_id = ?1 AND posting_id IS NOT NULL "
        "ORDER BY 1");
    st.bindAll(bookingId);
    std::vector<std::int64_t> ids;
    while (st.step())
        ids.push_back(st.int64(0));
    std::vector<Posting> result;
    for (std::int64_t id : ids)
        result.push_back(LedgerService::posting(db, id));
    std::stable_sort(result.begin(), result.end(),
                     [](const Posting& a, const Posting& b) { return a.date < b.date; });
    return result;
}

void BookingBilling::applyPaidState(const Session& session, const Booking& booking) {
    Database& db = session.db();
    const Money total = BookingStore::total(db, booking);
    if (!total.isPositive() || paid(db, booking.id) < total)
        return;
    const std::int64_t now = session.clock().nowMs();
    int finals = 0;
    int settled = 0;
    for (const BookingRow& r : BookingStore::rows(db, booking.id)) {
        if (r.settled() || !BookingStore::billable(r.status))
            continue;
        const bool toFinal = r.status == RowStatus::Reservation;
        const bool toSettle = booking.settleBooking && r.invoiceId > 0;
        if (!toFinal && !toSettle)
            continue;
        // One statement, so the row is final and settled together (a settled
        // row can no longer be updated).
        db.prepare(
              "UPDATE booking_row SET status = CASE WHEN ?2 THEN 'final' ELSE status END, "
              "confirmed_ms = CASE WHEN ?2 THEN ifnull(confirmed_ms, ?4) ELSE confirmed_ms END, "
              "settled_ms = CASE WHEN ?3 THEN ?4 ELSE NULL END, updated_ms = ?4 WHERE id = ?1")
            .bindAll(r.id, toFinal, toSettle, now)
            .run();
        finals += toFinal ? 1 : 0;
        settled += toSettle ? 1 : 0;
    }
    if (finals == 0 && settled == 0)
        return;
    session.journal(QStringLiteral("booking"), booking.uid, QStringLiteral("paid_in_full"),
                    {{QStringLiteral("total"), total.toDecimalString()},
                     {QStringLiteral("rows_final"), finals},
                     {QStringLiteral("rows_settled"), settled}});
}

}  // namespace skranke
