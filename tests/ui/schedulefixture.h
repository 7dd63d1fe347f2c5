#pragma once

#include "core/booking/bookingservice.h"
#include "core/booking/bookingstore.h"
#include "core/booking/bookingtime.h"
#include "core/catalog/catalogservice.h"
#include "core/money/currency.h"
#include "core/parties/customerservice.h"
#include "tests/support/testbusiness.h"
#include "ui/shell/appcontext.h"

#include <QDate>

namespace skranke::test {

inline std::int64_t day(int month, int d, int hour = 0, int minute = 0) {
    return BookingTime::fromDate(QDate(2026, month, d)) + hour * 60 + minute;
}

// A cabin product with two units, a canoe (rented by the hour) and a few
// bookings in the week of Monday 2 March 2026 (the test clock's today).
struct Schedule {
    test::TestBusiness b;
    AppContext context{b.db(), b.clock()};
    Product cabin;
    Product canoe;
    std::int64_t cabin1 = 0;
    std::int64_t cabin2 = 0;
    std::int64_t canoe1 = 0;
    std::int64_t anna = 0;  // Cabin 1, 3–5 March, reservation
    std::int64_t bo = 0;    // Cabin 2, 4–6 March, final
    std::int64_t carl = 0;  // Canoe 1, 2 March 10:00–12:00
    std::int64_t dora = 0;  // Cabin 1, 7–8 March

    Schedule() {
        const Session owner = b.owner();
        context.setSession(owner);
        cabin = CatalogService::createProduct(owner, [] {
            NewProduct p;
            p.number = QStringLiteral("CAB");
            p.name = QStringLiteral("Cabin");
            p.kind = ProductKind::Accommodation;
            p.category = QStringLiteral("Cabins");
            p.price = QStringLiteral("800.00");
            p.vatRatePercent = QStringLiteral("25");
            p.capacity = 2;
            return p;
        }());
        canoe = CatalogService::createProduct(owner, [] {
            NewProduct p;
            p.number = QStringLiteral("CAN");
            p.name = QStringLiteral("Canoe");
            p.kind = ProductKind::Rental;
            p.category = QStringLiteral("Boats");
            p.price = QStringLiteral("100.00");
            p.vatRatePercent = QStringLiteral("25");
            p.capacity = 1;
            return p;
        }());
        cabin1 = CatalogService::createResource(owner, QStringLiteral("Cabin 1"),
                                                QStringLiteral("Cabins"), cabin.id)
                     .id;
        cabin2 = CatalogService::createResource(owner, QStringLiteral("Cabin 2"),
                                                QStringLiteral("Cabins"), cabin.id)
                     .id;
        canoe1 = CatalogService::createResource(owner, QStringLiteral("Canoe 1"),
                                                QStringLiteral("Boats"), canoe.id)
                     .id;
        anna = book(cabin.id, cabin1, day(3, 3), day(3, 5), "Anna Østergaard");
        bo = book(cabin.id, cabin2, day(3, 4), day(3, 6), "Bo Hansen", RowStatus::Final);
        carl = book(canoe.id, canoe1, day(3, 2, 10), day(3, 2, 12), "Carl Berg");
        dora = book(cabin.id, cabin1, day(3, 7), day(3, 8), "Dora Nielsen");
    }

    std::int64_t book(std::int64_t product, std::int64_t resource, std::int64_t start,
                      std::int64_t end, const char* name,
                      RowStatus status = RowStatus::Reservation) {
        const Session owner = b.owner();
        Customer c;
        c.name = QString::fromUtf8(name);
        c.noEmail = true;
        c.addressLine1 = c.postcode = c.city = c.phone = QStringLiteral("-");
        Booking header;
        header.customerId = CustomerService::create(owner, c).id;
        const Booking booking = BookingService::create(owner, header);
        RowInput row;
        row.productId = product;
        row.resourceId = resource;
        row.start = start;
        row.end = end;
        row.status = status;
        row.manual = Money(50000, Currency::fromCode(QStringLiteral("DKK")));
        return BookingService::addRow(owner, booking.id, row).id;
    }

    std::int64_t bookingOf(std::int64_t rowId) {
        return BookingStore::requireRow(b.db(), rowId).bookingId;
    }
};

}  // namespace skranke::test
