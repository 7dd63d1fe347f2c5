#pragma once

#include "core/booking/booking.h"
#include "core/booking/bookingservice.h"
#include "core/booking/bookingtime.h"
#include "core/catalog/catalogservice.h"
#include "core/parties/customerservice.h"
#include "tests/support/testbusiness.h"

#include <QDate>

namespace skranke::test {

// A small holiday centre: two cabins (by night), three canoes (by the hour)
// and a course for 12, and one customer.
struct BookingShop {
    TestBusiness business;
    Product cabin;
    Product canoe;
    Product course;
    std::vector<Resource> cabins;
    std::vector<Resource> canoes;
    Customer anna;

    BookingShop() {
        const Session s = business.owner();
        cabin = CatalogService::createProduct(s, {QStringLiteral("201"),
                                                  QStringLiteral("Hytte, 4 personer"),
                                                  ProductKind::Accommodation,
                                                  QStringLiteral("Hytter"),
                                                  QStringLiteral("800.00"),
                                                  QStringLiteral("25"),
                                                  {},
                                                  2});
        canoe = CatalogService::createProduct(s, {QStringLiteral("301"),
                                                  QStringLiteral("Kano"),
                                                  ProductKind::Rental,
                                                  QStringLiteral("Kano"),
                                                  QStringLiteral("150.00"),
                                                  QStringLiteral("25"),
                                                  {},
                                                  3});
        course = CatalogService::createProduct(s, {QStringLiteral("401"),
                                                   QStringLiteral("Kajakkursus"),
                                                   ProductKind::Event,
                                                   QStringLiteral("Kurser"),
                                                   QStringLiteral("450.00"),
                                                   QStringLiteral("25"),
                                                   {},
                                                   12});
        for (int i = 1; i <= 2; ++i)
            cabins.push_back(CatalogService::createResource(s, QStringLiteral("Hytte %1").arg(i),
                                                            QStringLiteral("Hytter"), cabin.id));
        for (int i = 1; i <= 3; ++i)
            canoes.push_back(CatalogService::createResource(s, QStringLiteral("Kano %1").arg(i),
                                                            QStringLiteral("Kano"), canoe.id));
        CatalogService::createResource(s, QStringLiteral("Kursus"), QStringLiteral("Kurser"),
                                       course.id);
        Customer c;
        c.name = QStringLiteral("Anna Østergaard");
        c.email = QStringLiteral("anna@example.dk");
        c.phone = QStringLiteral("-");
        c.addressLine1 = QStringLiteral("Strandvejen 4");
        c.postcode = QStringLiteral("9990");
        c.city = QStringLiteral("Skagen");
        anna = CustomerService::create(s, c);
    }

    Session owner() { return business.owner(); }
    Database& db() { return business.db(); }

    Booking newBooking(const Session& s) {
        Booking b;
        b.customerId = anna.id;
        return BookingService::create(s, b);
    }
};

inline std::int64_t day(int y, int m, int d) {
    return BookingTime::fromDate(QDate(y, m, d));
}
inline std::int64_t at(int y, int m, int d, int h, int min = 0) {
    return day(y, m, d) + h * 60 + min;
}
inline RowInput nights(const Product& p, std::int64_t from, std::int64_t to, int quantity = 1) {
    RowInput in;
    in.productId = p.id;
    in.start = from;
    in.end = to;
    in.quantity = quantity;
    return in;
}

}  // namespace skranke::test
