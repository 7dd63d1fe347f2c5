#pragma once

#include "core/money/money.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace skranke {

enum class RowStatus { Reservation, Final, Cancelled, Waitlist, LongTerm, SelfBooking };

QString rowStatusKey(RowStatus status);          // "long_term"
RowStatus rowStatusFromKey(const QString& key);  // throws Error::invalid("status")
QString rowStatusName(RowStatus status);         // translated
// Every status but cancelled uses capacity.
inline bool consumesAvailability(RowStatus s) {
    return s != RowStatus::Cancelled;
}

// Guests per guest category key ("adult" → 2).
using Guests = std::map<QString, int>;
QString guestsToText(const Guests& guests);  // "adult:2,child:1"
Guests guestsFromText(const QString& text);  // throws Error::invalid("guests")

struct BookingRow {
    std::int64_t id = 0;
    QByteArray uid;
    std::int64_t bookingId = 0;
    std::int64_t parentId = 0;  // 0: none
    std::int64_t productId = 0;
    std::int64_t resourceId = 0;  // 0: none
    RowStatus status = RowStatus::Reservation;
    std::int64_t start = 0;  // booking minutes (BookingTime)
    std::int64_t end = 0;
    int quantity = 1;
    Guests guests;
    std::optional<Money> offered;  // from the price table
    std::optional<Money> manual;   // entered, including VAT
    QString invoiceText;
    QString tags;
    bool overbooked = false;
    bool recurring = false;  // a long-term rental that repeats monthly
    std::int64_t recurringFrom = 0;
    std::int64_t invoiceId = 0;      // 0: not invoiced
    std::int64_t invoiceLineId = 0;  // the line that billed it
    std::optional<std::int64_t> confirmedMs;
    std::optional<std::int64_t> awaitingSettlementMs;
    std::optional<std::int64_t> settledMs;
    std::int64_t createdMs = 0;
    std::int64_t updatedMs = 0;

    Money price() const { return manual ? *manual : *offered; }
    bool settled() const { return settledMs.has_value(); }
};

struct Booking {
    std::int64_t id = 0;  // the booking ID
    QByteArray uid;
    std::int64_t customerId = 0;  // 0: none yet
    std::int64_t createdMs = 0;
    std::int64_t updatedMs = 0;
    QString bookedBy;
    QString tags;
    QString campaign;
    QString source = QStringLiteral("front_desk");
    QString referrer;
    QString purpose = QStringLiteral("leisure");
    QString customerComment;
    QString internalNote;
    bool supplierReport = false;
    std::optional<std::int64_t> supplierReportSentMs;
    // Invoice tab
    bool invoiceWanted = true;
    QString paymentMethod = QStringLiteral("invoice");
    QDate depositDue;
    QDate finalDue;
    QString invoiceMessage;
    bool sendInvoice = true;
    bool generateInvoice = true;
    bool generateReminder = true;
    bool settleBooking = true;
    bool cancelOnMissingPayment = false;
    std::int64_t copiedFrom = 0;
};

// What staff enter for a row; the service offers the price and checks it.
struct RowInput {
    std::int64_t productId = 0;
    std::int64_t resourceId = 0;  // 0: the first free unit of the product
    std::int64_t parentId = 0;
    RowStatus status = RowStatus::Reservation;
    std::int64_t start = 0;
    std::int64_t end = 0;
    int quantity = 1;
    Guests guests;
    std::optional<Money> manual;
    QString invoiceText;  // empty: the product's name
    QString tags;
    bool allowOverbooking = false;
    bool recurring = false;
};

// The purposes staff pick from (stored as keys); translated names.
QStringList bookingPurposeKeys();
QString bookingPurposeName(const QString& key);

}  // namespace skranke
