#include "core/accounting/exportformat.h"

#include "core/accounting/csvjournalexport.h"
#include "core/accounting/saftexport.h"
#include "core/accounting/sie4export.h"
#include "core/accounting/voucher.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/readtransaction.h"
#include "core/time/dates.h"

#include <QBuffer>
#include <QDir>
#include <QSaveFile>
#include <QStringList>
#include <optional>

namespace skranke {

namespace {

// Vouchers the accountant would get with lines on no account: up to five
// numbers, and how many there are in all.
struct Unmapped {
    QStringList numbers;
    std::int64_t count = 0;
};

Unmapped unmappedIn(Database& db, const ExportPeriod& period) {
    auto st = db.prepare(
        "SELECT number, count(*) OVER () FROM ("
        " SELECT DISTINCT v.number AS number FROM voucher v"
        " JOIN voucher_line l ON l.voucher_id = v.id"
        " WHERE v.voucher_date BETWEEN ?1 AND ?2 AND l.account IS NULL)"
        " ORDER BY number LIMIT 5");
    st.bindAll(Dates::iso(period.from), Dates::iso(period.to));
    Unmapped u;
    while (st.step()) {
        u.numbers << QString::number(st.int64(0));
        u.count = st.int64(1);
    }
    return u;
}

}  // namespace

void ExportPeriod::validate() const {
    if (!from.isValid())
        throw Error::invalid(QStringLiteral("from"),
                             AccountingExport::tr("Choose the first day of the period."));
    if (!to.isValid())
        throw Error::invalid(QStringLiteral("to"),
                             AccountingExport::tr("Choose the last day of the period."));
    if (to < from)
        throw Error::invalid(QStringLiteral("to"),
                             AccountingExport::tr("The period ends (%1) before it starts (%2).")
                                 .arg(Dates::iso(to), Dates::iso(from)));
}

std::unique_ptr<ExportFormat> AccountingExport::make(const QString& name) {
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("saft"))
        return std::make_unique<SaftExport>();
    if (key == QLatin1String("sie4"))
        return std::make_unique<Sie4Export>();
    if (key == QLatin1String("csv"))
        return std::make_unique<CsvJournalExport>();
    throw Error::invalid(QStringLiteral("format"),
                         tr("Unknown export format “%1”: use saft, sie4 or csv.").arg(name));
}

void AccountingExport::requireAccounts(const Voucher& v) {
    if (!v.fullyMapped())
        throw Error(ErrorCode::Conflict,
                    tr("Voucher %1 has a line without an account: fix the account mapping and "
                       "restart it.")
                        .arg(v.number));
}

QStringList AccountingExport::names() {
    return {QStringLiteral("saft"), QStringLiteral("sie4"), QStringLiteral("csv")};
}

QByteArray ExportFormat::write(Database& db, const ExportPeriod& period, const Clock& clock) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeTo(buffer, db, period, clock);
    return bytes;
}

void AccountingExport::toFile(Database& db, const Clock& clock, const QString& format,
                              const ExportPeriod& period, const QString& path) {
    const std::unique_ptr<ExportFormat> exporter = make(format);
    period.validate();
    if (path.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("path"), tr("Choose the file to write."));

    std::optional<ReadTransaction> snapshot(std::in_place, db);  // the check and the file agree
    const Unmapped unmapped = unmappedIn(db, period);
    if (unmapped.count > 0) {
        QString numbers = unmapped.numbers.join(QStringLiteral(", "));
        if (unmapped.count > unmapped.numbers.size())
            numbers = tr("%1 and %n more", nullptr, int(unmapped.count - unmapped.numbers.size()))
                          .arg(numbers);
        throw Error(ErrorCode::Conflict,
                    tr("%n voucher(s) in the period have lines without an account (%1). Fix the "
                       "account mapping and restart them, then export again.",
                       nullptr, int(unmapped.count))
                        .arg(numbers));
    }

    QSaveFile file(path);
    const auto cannotWrite = [&] {
        return Error(
            ErrorCode::Storage,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("path"));
    };
    if (!file.open(QIODevice::WriteOnly))
        throw cannotWrite();
    exporter->writeTo(file, db, period, clock);  // throws: QSaveFile drops the half file
    snapshot.reset();
    if (!file.commit())
        throw cannotWrite();
}

}  // namespace skranke
