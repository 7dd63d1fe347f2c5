#pragma once

#include "core/orders/order.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QStringList>
#include <vector>

namespace skranke {

class CsvWriter;
class Database;

// The order overview's read model: one screen of orders at a time, newest
// first, found through the date or status index.
class OrderList final {
    Q_DECLARE_TR_FUNCTIONS(skranke::OrderList)
public:
    struct Filter {
        QDate from;  // local days, inclusive; invalid: open
        QDate to;
        std::int64_t statusId = 0;  // 0: every status
        QString text;               // in the external id, customer or email
    };
    struct Row {
        std::int64_t id = 0;
        QString externalId;
        std::int64_t orderMs = 0;
        std::int64_t customerId = 0;
        std::int64_t bookingId = 0;
        QString customerName;
        QString paymentType;
        PaymentState paymentState = PaymentState::Awaiting;
        bool paid = false;
        bool pending = false;  // a gateway call waits for its answer
        QString itemNumbers;   // "GC-500, MUG"
        Money amount;          // the order total
        Money captured;
        Money refunded;
        OrderStatus status;
    };
    // The key to continue after: the last row of the previous page.
    struct After {
        std::int64_t orderMs = 0;
        std::int64_t id = 0;
    };

    // Throws Error::invalid naming "to" when `to` is before `from`.
    static void check(const Filter& filter);
    static std::vector<Row> page(Database& db, const Filter& filter, const After* after, int limit);
    static std::vector<Row> rows(Database& db, const std::vector<std::int64_t>& ids);

    // "Awaiting", "Received", …: the paid column's substate.
    static QString paidText(const Row& row);
    static QStringList csvHeader();
    static QStringList csvFields(const Row& row, const QLocale& locale, const QString& timeZone);
    static void writeCsv(CsvWriter& csv, const std::vector<Row>& rows, const QLocale& locale,
                         const QString& timeZone);
};

}  // namespace skranke
