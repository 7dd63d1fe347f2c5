#include "core/accounting/csvjournalexport.h"

#include "core/accounting/voucherstore.h"
#include "core/export/csvwriter.h"
#include "core/store/error.h"

#include <QIODevice>

namespace skranke {

void CsvJournalExport::writeTo(QIODevice& out, Database& db, const ExportPeriod& period,
                               const Clock&) {
    period.validate();
    // The column names are what the Danish programs' journal import expects,
    // whatever language Skranke speaks.
    CsvWriter csv(QLatin1Char(';'));
    csv.addRow({QStringLiteral("Dato"), QStringLiteral("Bilag"), QStringLiteral("Konto"),
                QStringLiteral("Tekst"), QStringLiteral("Beløb"), QStringLiteral("Momskode")});
    for (const Voucher& v : VoucherStore::withLines(db, period.from, period.to)) {
        AccountingExport::requireAccounts(v);
        const QString date = v.date.toString(QStringLiteral("dd-MM-yyyy"));
        for (const VoucherLine& l : v.lines) {
            QString amount = l.amount.toDecimalString();
            amount.replace(u'.', u',');
            csv.addRow({date, QString::number(v.number), l.account,
                        l.text.isEmpty() ? v.text : l.text, amount, l.vatCode});
        }
    }
    out.write(csv.bytes());
}

}  // namespace skranke
