#include "core/booking/bookingservice.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/booking/availabilityservice.h"
#include "core/booking/bookingstore.h"
#include "core/booking/bookingtime.h"
#include "core/catalog/bookablecatalog.h"
#include "core/catalog/catalogservice.h"
#include "core/company/companyservice.h"
#include "core/journal/changes.h"
#include "core/parties/customerservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/time/clock.h"

namespace skranke {

namespace {

QJsonObject headerFields(const Booking& b) {
    return {{QStringLiteral("customer"), qint64(b.customerId)},
            {QStringLiteral("tags"), b.tags},
            {QStringLiteral("campaign"), b.campaign},
            {QStringLiteral("source"), b.source},
            {QStringLiteral("referrer"), b.referrer},
            {QStringLiteral("purpose"), b.purpose},
            {QStringLiteral("customer_comment"), b.customerComment},
            {QStringLiteral("internal_note"), b.internalNote},
            {QStringLiteral("supplier_report"), b.supplierReport},
            {QStringLiteral("invoice_wanted"), b.invoiceWanted},
            {QStringLiteral("payment_method"), b.paymentMethod},
            {QStringLiteral("deposit_due"), b.depositDue.toString(Qt::ISODate)},
            {QStringLiteral("final_due"), b.finalDue.toString(Qt::ISODate)},
            {QStringLiteral("invoice_message"), b.invoiceMessage},
            {QStringLiteral("send_invoice"), b.sendInvoice},
            {QStringLiteral("generate_invoice"), b.generateInvoice},
            {QStringLiteral("generate_reminder"), b.generateReminder},
            {QStringLiteral("settle_booking"), b.settleBooking},
            {QStringLiteral("cancel_on_missing_payment"), b.cancelOnMissingPayment}};
}

void validateHeader(Database& db, const Booking& b) {
    if (b.customerId > 0 && !CustomerService::find(db, b.customerId))
        throw Error(ErrorCode::NotFound,
                    BookingService::tr("There is no customer %1.").arg(b.customerId),
                    QStringLiteral("customer"));
    if (!bookingPurposeKeys().contains(b.purpose))
        throw Error::invalid(QStringLiteral("purpose"),
                             BookingService::tr("\"%1\" is not a purpose (%2).")
                                 .arg(b.purpose, bookingPurposeKeys().join(QStringLiteral(", "))));
    if (b.depositDue.isValid() && b.finalDue.isValid() && b.finalDue < b.depositDue)
        throw Error::invalid(QStringLiteral("final_due"),
                             BookingService::tr("The final due date is before the deposit's."));
}

void bindHeader(Statement& st, const Booking& b) {
    if (b.customerId > 0)
        st.bind(2, b.customerId);
    else
        st.bindNull(2);
    st.bind(3, b.tags.trimmed()).bind(4, b.campaign.trimmed()).bind(5, b.source.trimmed());
    st.bind(6, b.referrer.trimmed()).bind(7, b.purpose).bind(8, b.customerComment);
    st.bind(9, b.internalNote).bind(10, b.supplierReport).bind(11, b.invoiceWanted);
    st.bind(12, b.paymentMethod.trimmed());
    if (b.depositDue.isValid())
        st.bind(13, b.depositDue.toString(Qt::ISODate));
    else
        st.bindNull(13);
    if (b.finalDue.isValid())
        st.bind(14, b.finalDue.toString(Qt::ISODate));
    else
        st.bindNull(14);
    st.bind(15, b.invoiceMessage).bind(16, b.sendInvoice).bind(17, b.generateInvoice);
    st.bind(18, b.generateReminder).bind(19, b.settleBooking).bind(20, b.cancelOnMissingPayment);
}

Product bookableProduct(Database& db, std::int64_t productId) {
    const auto p = productId > 0 ? CatalogService::product(db, productId) : std::nullopt;
    if (!p)
        throw Error::invalid(QStringLiteral("product"),
                             BookingService::tr("There is no product %1.").arg(productId));
    if (!isBookable(p->kind))
        throw Error::invalid(
            QStringLiteral("product"),
            BookingService::tr("%1 is not booked over time; sell it at the till.").arg(p->name));
    return *p;
}

std::optional<std::int64_t> idOrNull(std::int64_t id) {
    return id > 0 ? std::optional<std::int64_t>(id) : std::nullopt;
}

std::optional<std::int64_t> minorOrNull(const std::optional<Money>& amount) {
    return amount ? std::optional<std::int64_t>(amount->minor()) : std::nullopt;
}

// The row's fields as ?3 … ?16, the same in the INSERT and the UPDATE.
void bindRowFields(Statement& st, const BookingRow& r) {
    st.bind(3, idOrNull(r.parentId)).bind(4, r.productId).bind(5, idOrNull(r.resourceId));
    st.bind(6, rowStatusKey(r.status)).bind(7, r.start).bind(8, r.end).bind(9, r.quantity);
    st.bind(10, guestsToText(r.guests)).bind(11, minorOrNull(r.offered));
    st.bind(12, minorOrNull(r.manual)).bind(13, r.invoiceText).bind(14, r.tags);
    st.bind(15, r.overbooked).bind(16, r.recurring);
}

}  // namespace

QJsonObject bookingRowFields(const BookingRow& r) {
    return {{QStringLiteral("row"), qint64(r.id)},
            {QStringLiteral("product"), qint64(r.productId)},
            {QStringLiteral("resource"), qint64(r.resourceId)},
            {QStringLiteral("parent"), qint64(r.parentId)},
            {QStringLiteral("status"), rowStatusKey(r.status)},
            {QStringLiteral("start"), BookingTime::dateTime(r.start).toString(Qt::ISODate)},
            {QStringLiteral("end"), BookingTime::dateTime(r.end).toString(Qt::ISODate)},
            {QStringLiteral("quantity"), r.quantity},
            {QStringLiteral("guests"), guestsToText(r.guests)},
            {QStringLiteral("price"), r.price().toDecimalString()},
            {QStringLiteral("manual"), r.manual.has_value()},
            {QStringLiteral("invoice_text"), r.invoiceText},
            {QStringLiteral("tags"), r.tags},
            {QStringLiteral("overbooked"), r.overbooked},
            {QStringLiteral("recurring"), r.recurring}};
}

Booking BookingService::create(const Session& session, const Booking& header) {
    session.require(rights::BookingEdit);
    validateHeader(session.db(), header);
    Transaction tx(session.db());
    const std::int64_t now = session.clock().nowMs();
    const QByteArray uid = Uuid::v7(now);
    auto st = session.db().prepare(
        "INSERT INTO booking(uid, customer_id, tags, campaign, source, referrer, purpose, "
        "customer_comment, internal_note, supplier_report, invoice_wanted, payment_method, "
        "deposit_due, final_due, invoice_message, send_invoice, generate_invoice, "
        "generate_reminder, settle_booking, cancel_on_missing_payment, created_ms, updated_ms, "
        "booked_by, copied_from) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
        "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?21, ?22, ?23)");
    st.bind(1, uid);
    bindHeader(st, header);
    st.bind(21, now).bind(22, session.user().login);
    if (header.copiedFrom > 0)
        st.bind(23, header.copiedFrom);
    else
        st.bindNull(23);
    st.run();
    const Booking created = BookingStore::require(session.db(), session.db().lastInsertId());
    QJsonObject payload = headerFields(created);
    payload.insert(QStringLiteral("booking"), qint64(created.id));
    session.journal(QStringLiteral("booking"), uid, QStringLiteral("create"), payload);
    tx.commit();
    return created;
}

std::pair<Booking, BookingRow> BookingService::createWithRow(const Session& session,
                                                             const Booking& header,
                                                             const RowInput& row) {
    Transaction tx(session.db());
    const Booking created = create(session, header);
    const BookingRow added = addRow(session, created.id, row);
    tx.commit();
    return {BookingStore::require(session.db(), created.id), added};
}

Booking BookingService::edit(const Session& session, const Booking& header) {
    session.require(rights::BookingEdit);
    validateHeader(session.db(), header);
    Transaction tx(session.db());
    const Booking before = BookingStore::require(session.db(), header.id);
    auto st = session.db().prepare(
        "UPDATE booking SET customer_id = ?2, tags = ?3, campaign = ?4, source = ?5, "
        "referrer = ?6, purpose = ?7, customer_comment = ?8, internal_note = ?9, "
        "supplier_report = ?10, invoice_wanted = ?11, payment_method = ?12, deposit_due = ?13, "
        "final_due = ?14, invoice_message = ?15, send_invoice = ?16, generate_invoice = ?17, "
        "generate_reminder = ?18, settle_booking = ?19, cancel_on_missing_payment = ?20, "
        "updated_ms = ?21 WHERE id = ?1");
    st.bind(1, header.id);
    bindHeader(st, header);
    st.bind(21, session.clock().nowMs()).run();
    const Booking after = BookingStore::require(session.db(), header.id);
    const QJsonObject changes = changedFields(headerFields(before), headerFields(after));
    if (!changes.isEmpty())
        session.journal(QStringLiteral("booking"), after.uid, QStringLiteral("edit"), changes);
    tx.commit();
    return after;
}

std::optional<Money> BookingService::offerPrice(Database& db, const RowInput& row) {
    if (row.productId <= 0 || row.end <= row.start || row.quantity <= 0)
        return std::nullopt;
    const Product p = bookableProduct(db, row.productId);
    PriceQuery q;
    q.kind = p.kind;
    q.start = row.start;
    q.end = row.end;
    q.quantity = row.quantity;
    for (const auto& [key, count] : row.guests)
        q.guests[BookableCatalog::guestCategoryByKey(db, key).id] += count;
    const auto minor = BookableCatalog::offer(db, row.productId, q);
    if (!minor)
        return std::nullopt;
    return Money(*minor, p.price.currency());
}

BookingRow BookingService::checkedRow(const Session& session, const Booking& booking,
                                      const RowInput& in, const BookingRow* existing) {
    Database& db = session.db();
    const Product p = bookableProduct(db, in.productId);
    if (in.end <= in.start)
        throw Error::invalid(QStringLiteral("departure"),
                             tr("The departure must be after the arrival."));
    if (!BookingTime::usesTime(p.kind) &&
        (BookingTime::minuteOfDay(in.start) != 0 || BookingTime::minuteOfDay(in.end) != 0))
        throw Error::invalid(
            QStringLiteral("arrival"),
            tr("%1 is booked by night: arrival and departure are dates.").arg(p.name));
    if (in.quantity < 1)
        throw Error::invalid(QStringLiteral("quantity"), tr("The quantity must be at least 1."));
    if (in.status == RowStatus::Cancelled &&
        (!existing || existing->status != RowStatus::Cancelled))
        throw Error::invalid(QStringLiteral("status"),
                             tr("A row is cancelled with Cancel, which asks for the reason."));
    const std::vector<GuestCategory> allowed = BookableCatalog::guestCategoriesOf(db, p.id);
    for (const auto& [key, count] : in.guests) {
        const GuestCategory c = BookableCatalog::guestCategoryByKey(db, key);
        if (count < 0)
            throw Error::invalid(QStringLiteral("guests"),
                                 tr("The number of guests cannot be negative."));
        if (std::none_of(allowed.begin(), allowed.end(),
                         [&](const GuestCategory& a) { return a.id == c.id; }))
            throw Error::invalid(
                QStringLiteral("guests"),
                tr("%1 does not take guests of the category %2.").arg(p.name, c.name));
    }
    if (in.manual && in.manual->isNegative())
        throw Error::invalid(QStringLiteral("price"), tr("A price cannot be negative."));
    if (in.parentId > 0) {
        const auto parent = BookingStore::row(db, in.parentId);
        if (!parent || parent->bookingId != booking.id || (existing && parent->id == existing->id))
            throw Error::invalid(
                QStringLiteral("parent"),
                tr("The parent row must be another row of booking %1.").arg(booking.id));
    }
    BookingRow row = existing ? *existing : BookingRow{};
    row.bookingId = booking.id;
    row.parentId = in.parentId;
    row.productId = p.id;
    row.status = in.status;
    row.start = in.start;
    row.end = in.end;
    row.quantity = in.quantity;
    row.guests.clear();
    for (const auto& [key, count] : in.guests)
        if (count > 0)
            row.guests[key.trimmed().toLower()] += count;
    row.offered = offerPrice(db, in);
    row.manual = in.manual;
    if (!row.offered && !row.manual)
        throw Error::invalid(QStringLiteral("price"),
                             tr("No price in the price table of %1 matches this period, quantity "
                                "and guests: enter a manual price.")
                                 .arg(p.name));
    row.invoiceText = in.invoiceText.trimmed().isEmpty() ? p.name : in.invoiceText.trimmed();
    row.tags = in.tags.trimmed();
    row.recurring = in.recurring;

    const std::int64_t self = existing ? existing->id : 0;
    // The unit it stands on: the one asked for (of this product), else the
    // one it stood on if still free, else the first free one.
    if (in.resourceId > 0) {
        auto st = db.prepare("SELECT product_id FROM resource WHERE id = ?1");
        st.bindAll(in.resourceId);
        if (!st.step())
            throw Error::invalid(QStringLiteral("resource"),
                                 tr("There is no unit %1.").arg(in.resourceId));
        if (st.int64(0) != p.id)
            throw Error::invalid(QStringLiteral("resource"),
                                 tr("That unit is not a unit of %1.").arg(p.name));
        row.resourceId = in.resourceId;
    } else {
        const std::int64_t free =
            AvailabilityService::freeResource(db, p.id, in.start, in.end, self);
        if (free > 0) {
            row.resourceId = free;
        } else {
            auto st = db.prepare(
                "SELECT id FROM resource WHERE product_id = ?1 AND active = 1 "
                "ORDER BY sort_order, id LIMIT 1");
            st.bindAll(p.id);
            row.resourceId = st.step() ? st.int64(0) : 0;
        }
    }
    row.overbooked = false;
    if (consumesAvailability(row.status) && row.status != RowStatus::Waitlist) {
        const int free = AvailabilityService::freeUnits(db, p.id, in.start, in.end, self);
        if (free < in.quantity) {
            if (!in.allowOverbooking)
                throw Error(ErrorCode::Conflict,
                            free > 0 ? tr("Only %1 of %2 are free in this period; tick \"Allow "
                                          "overbooking\" to book %3.")
                                           .arg(free)
                                           .arg(p.name)
                                           .arg(in.quantity)
                                     : tr("%1 is fully booked in this period; tick \"Allow "
                                          "overbooking\" to book it anyway.")
                                           .arg(p.name),
                            QStringLiteral("quantity"));
            session.require(rights::BookingOverbook);
            row.overbooked = true;
        }
    }
    return row;
}

BookingRow BookingService::addRow(const Session& session, std::int64_t bookingId,
                                  const RowInput& input) {
    session.require(rights::BookingEdit);
    Transaction tx(session.db());
    const Booking booking = BookingStore::require(session.db(), bookingId);
    BookingRow row = checkedRow(session, booking, input, nullptr);
    const std::int64_t now = session.clock().nowMs();
    row.uid = Uuid::v7(now);
    auto st = session.db().prepare(
        "INSERT INTO booking_row(uid, booking_id, parent_id, product_id, resource_id, status, "
        "start_min, end_min, quantity, guests, offered_minor, manual_minor, invoice_text, tags, "
        "overbooked, recurring, currency, confirmed_ms, created_ms, updated_ms) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
        "CASE WHEN ?6 = 'final' THEN ?18 END, ?18, ?18)");
    st.bind(1, row.uid).bind(2, bookingId);
    bindRowFields(st, row);
    st.bind(17, row.price().currency().code()).bind(18, now).run();
    const BookingRow stored = BookingStore::requireRow(session.db(), session.db().lastInsertId());
    session.journal(QStringLiteral("booking"), booking.uid, QStringLiteral("add_row"),
                    bookingRowFields(stored));
    touch(session, bookingId);
    tx.commit();
    return stored;
}

BookingRow BookingService::editRow(const Session& session, std::int64_t rowId,
                                   const RowInput& input) {
    const BookingRow current = BookingStore::requireRow(session.db(), rowId);
    if (input.quantity < current.quantity && current.status != RowStatus::Cancelled &&
        !current.settled())
        throw Error::invalid(QStringLiteral("quantity"),
                             tr("Lowering the quantity from %1 to %2 cancels %3 units: cancel "
                                "them with a reason.")
                                 .arg(current.quantity)
                                 .arg(input.quantity)
                                 .arg(current.quantity - input.quantity));
    return saveRow(session, rowId, input);
}

BookingRow BookingService::saveRow(const Session& session, std::int64_t rowId,
                                   const RowInput& input) {
    session.require(rights::BookingEdit);
    Transaction tx(session.db());
    const BookingRow before = BookingStore::requireRow(session.db(), rowId);
    if (before.settled())
        throw Error(ErrorCode::Conflict,
                    tr("Row %1 is settled and can no longer be changed.").arg(rowId),
                    QStringLiteral("row"));
    if (before.status == RowStatus::Cancelled)
        throw Error(ErrorCode::Conflict, tr("Row %1 is cancelled.").arg(rowId),
                    QStringLiteral("row"));
    const Booking booking = BookingStore::require(session.db(), before.bookingId);
    const BookingRow row = checkedRow(session, booking, input, &before);
    const std::int64_t now = session.clock().nowMs();
    auto st = session.db().prepare(
        "UPDATE booking_row SET parent_id = ?3, product_id = ?4, resource_id = ?5, status = ?6, "
        "start_min = ?7, end_min = ?8, quantity = ?9, guests = ?10, offered_minor = ?11, "
        "manual_minor = ?12, invoice_text = ?13, tags = ?14, overbooked = ?15, recurring = ?16, "
        "confirmed_ms = CASE WHEN ?6 = 'final' THEN ifnull(confirmed_ms, ?18) ELSE confirmed_ms "
        "END, updated_ms = ?18 WHERE id = ?1");
    st.bind(1, rowId);
    bindRowFields(st, row);
    st.bind(18, now).run();
    const BookingRow after = BookingStore::requireRow(session.db(), rowId);
    QJsonObject changes = changedFields(bookingRowFields(before), bookingRowFields(after));
    if (!changes.isEmpty()) {
        changes.insert(QStringLiteral("row"), qint64(rowId));
        session.journal(QStringLiteral("booking"), booking.uid, QStringLiteral("edit_row"),
                        changes);
    }
    touch(session, booking.id);
    tx.commit();
    return after;
}

RowInput BookingService::inputOf(const BookingRow& r) {
    RowInput in;
    in.productId = r.productId;
    in.resourceId = r.resourceId;
    in.parentId = r.parentId;
    in.status = r.status;
    in.start = r.start;
    in.end = r.end;
    in.quantity = r.quantity;
    in.guests = r.guests;
    in.manual = r.manual;
    in.invoiceText = r.invoiceText;
    in.tags = r.tags;
    in.allowOverbooking = r.overbooked;
    in.recurring = r.recurring;
    return in;
}

BookingRow BookingService::moveRow(const Session& session, std::int64_t rowId, std::int64_t start,
                                   std::int64_t end, std::int64_t resourceId,
                                   bool allowOverbooking) {
    const BookingRow row = BookingStore::requireRow(session.db(), rowId);
    RowInput in = inputOf(row);
    in.start = start;
    in.end = end;
    in.allowOverbooking = allowOverbooking;
    if (resourceId > 0 && resourceId != row.resourceId) {
        // Another product's unit: the row becomes a row of that product.
        auto st = session.db().prepare("SELECT product_id FROM resource WHERE id = ?1");
        st.bindAll(resourceId);
        if (!st.step())
            throw Error::invalid(QStringLiteral("resource"),
                                 tr("There is no unit %1.").arg(resourceId));
        if (st.int64(0) != row.productId) {
            in.productId = st.int64(0);
            in.invoiceText.clear();
        }
        in.resourceId = resourceId;
    }
    return editRow(session, rowId, in);
}

void BookingService::markSupplierReportSent(const Session& session, std::int64_t bookingId) {
    session.require(rights::BookingEdit);
    Transaction tx(session.db());
    const Booking booking = BookingStore::require(session.db(), bookingId);
    const std::int64_t now = session.clock().nowMs();
    session.db()
        .prepare("UPDATE booking SET supplier_report_sent_ms = ?2 WHERE id = ?1")
        .bindAll(bookingId, now)
        .run();
    session.journal(QStringLiteral("booking"), booking.uid, QStringLiteral("supplier_report_sent"),
                    {{QStringLiteral("at_ms"), qint64(now)}});
    tx.commit();
}

void BookingService::addLog(const Session& session, std::int64_t bookingId, const QString& text) {
    session.require(rights::BookingEdit);
    if (text.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("text"), tr("Write what the log should say."));
    Transaction tx(session.db());
    const Booking booking = BookingStore::require(session.db(), bookingId);
    session.journal(QStringLiteral("booking"), booking.uid, QStringLiteral("log"),
                    {{QStringLiteral("text"), text.trimmed()}});
    tx.commit();
}

Booking BookingService::copy(const Session& session, std::int64_t bookingId) {
    session.require(rights::BookingEdit);
    Transaction tx(session.db());
    const Booking source = BookingStore::require(session.db(), bookingId);
    const std::vector<BookingRow> rows = BookingStore::rows(session.db(), bookingId);
    for (const BookingRow& r : rows)
        if (!r.settled() && r.status != RowStatus::Cancelled)
            throw Error(ErrorCode::Conflict,
                        tr("Booking %1 can be copied when it is fully settled or cancelled; row "
                           "%2 is neither.")
                            .arg(bookingId)
                            .arg(r.id),
                        QStringLiteral("booking"));
    Booking header = source;
    header.copiedFrom = source.id;
    header.supplierReportSentMs.reset();
    const Booking copied = create(session, header);
    std::map<std::int64_t, std::int64_t> newIds;
    for (const BookingRow& r : rows) {
        if (r.status == RowStatus::Cancelled)
            continue;
        RowInput in = inputOf(r);
        in.status = RowStatus::Reservation;
        in.resourceId = 0;
        in.parentId = r.parentId > 0 && newIds.count(r.parentId) ? newIds[r.parentId] : 0;
        newIds[r.id] = addRow(session, copied.id, in).id;
    }
    session.journal(QStringLiteral("booking"), source.uid, QStringLiteral("copied"),
                    {{QStringLiteral("to"), qint64(copied.id)}});
    tx.commit();
    return BookingStore::require(session.db(), copied.id);
}

void BookingService::touch(const Session& session, std::int64_t bookingId) {
    session.db()
        .prepare("UPDATE booking SET updated_ms = ?2 WHERE id = ?1")
        .bindAll(bookingId, session.clock().nowMs())
        .run();
}

}  // namespace skranke
