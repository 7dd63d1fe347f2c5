#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <memory>

class QIODevice;

namespace skranke {

class Clock;
class Database;
struct Voucher;

// A period of voucher dates, both inclusive.
struct ExportPeriod {
    QDate from;
    QDate to;
    // Throws Error::invalid("from"/"to") on a missing date or an end before the start.
    void validate() const;
};

// A file the accountant imports: the vouchers dated in a period.
class ExportFormat {
public:
    virtual ~ExportFormat() = default;
    virtual QString name() const = 0;        // saft, sie4, csv
    virtual QString fileSuffix() const = 0;  // xml, se, csv
    // Writes the file to out as it goes (the export's QSaveFile), so that a
    // year of vouchers is never held in memory as one file.
    virtual void writeTo(QIODevice& out, Database& db, const ExportPeriod& period,
                         const Clock& clock) = 0;
    // The whole file as bytes (tests, a short period).
    QByteArray write(Database& db, const ExportPeriod& period, const Clock& clock);
};

class AccountingExport final {
    Q_DECLARE_TR_FUNCTIONS(skranke::AccountingExport)
public:
    static std::unique_ptr<ExportFormat> make(const QString& name);  // Error::invalid("format")
    static QStringList names();
    // Every format refuses a voucher with a line on no account (Conflict,
    // naming the voucher): the accountant must never get half a booking.
    static void requireAccounts(const Voucher& voucher);
    // Validates the period, refuses (Conflict) when a voucher in it lacks an
    // account, then writes the file whole or not at all (QSaveFile).
    static void toFile(Database& db, const Clock& clock, const QString& format,
                       const ExportPeriod& period, const QString& path);
};

}  // namespace skranke
