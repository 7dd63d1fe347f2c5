#pragma once

#include "core/booking/booking.h"
#include "core/catalog/product.h"
#include "core/invoicing/invoice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <map>

namespace skranke {
class Database;
}

namespace skranke::cli {

class CliContext;

// Shared by the booking, availability and schedule commands.
class BookingCli final {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Booking)
public:
    // The option's value; a UsageError naming the option when it is missing.
    static QString required(const QCommandLineParser& p, const char* option, const QString& usage);
    // A record's ID: a whole number above 0, else Error::invalid naming `field`.
    static std::int64_t id(const QString& text, const char* field);
    // A whole number of at least `min` that fits an int; `fallback` when not given.
    static int count(const QCommandLineParser& p, const char* option, int fallback, int min);
    // The product with this item number, else with this ID; Error::invalid
    // naming `field` when there is none.
    static Product product(Database& db, const QString& numberOrId, const char* field = "product");
    static Money amount(Database& db, const QString& text, const char* field);
    // The option's date, or today in the company's time zone when not given.
    static QDate dateOr(CliContext& ctx, const QCommandLineParser& p, const char* option);
    static QString field(const char* option);  // "deposit-due" → "deposit_due"
    static QJsonObject productJson(const Product& p);
};

// A booking's rows with the names they refer to (products, units, invoice
// numbers), each looked up once.
class BookingRowView final {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Booking)
public:
    BookingRowView(Database& db, const std::vector<Invoice>& invoices);

    const Product& product(std::int64_t id);
    QString resource(std::int64_t id) const;
    QString time(const BookingRow& row, std::int64_t minute);
    QJsonObject json(const BookingRow& row);
    QString line(const BookingRow& row);

private:
    Database& m_db;
    std::map<std::int64_t, Product> m_products;
    std::map<std::int64_t, QString> m_resources;
    std::map<std::int64_t, std::int64_t> m_invoiceNumbers;  // invoice ID → number
};

// The booking subcommands in their own files, with the options runBooking parsed.
int runBookingRow(CliContext& ctx, const QCommandLineParser& p, const QString& usage);
int runBookingMoney(CliContext& ctx, const QCommandLineParser& p, const QString& usage);
// booking run-billing (bookingbillingcommand.cpp).
int runBookingBilling(CliContext& ctx, const QCommandLineParser& p, const QString& usage);
// booking cancel (bookingcancelcommand.cpp).
int runBookingCancel(CliContext& ctx, const QCommandLineParser& p, const QString& usage);
// product cancellation-rules PRODUCT [--set RULES | --clear], with the options
// runProduct parsed (bookingcancelcommand.cpp).
int runProductCancellationRules(CliContext& ctx, const QCommandLineParser& p,
                                const Product& product);

}  // namespace skranke::cli
