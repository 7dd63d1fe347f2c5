// The till page's shift: opening it with the counted float, cash in and
// out, the X report and the Z report that closes it.
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "core/till/tillreport.h"
#include "core/till/tillservice.h"
#include "ui/shell/appcontext.h"
#include "ui/till/amountprompt.h"
#include "ui/till/tillpage.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace skranke {

namespace {

Currency currencyOf(Database& db) {
    return Currency::fromCode(CompanyService::rules(db).currency);
}

}  // namespace

bool TillPage::openShift(const Money& cashFloat) {
    try {
        TillService::openShift(m_context.session(), tillRef(), cashFloat);
        refreshShift();
        showMessage(tr("Shift opened."), false);
        return true;
    } catch (const Error& e) {
        showMessage(e.message(), true);
        return false;
    }
}

bool TillPage::closeShift(const Money& countedCash) {
    try {
        const TillReport z = TillReports::z(m_context.session(), tillRef(), countedCash);
        refreshShift();
        showMessage(tr("Z report %1: sales %2, expected cash %3, counted %4, difference %5.")
                        .arg(z.zNumber)
                        .arg(z.salesTotal.formatWithCurrency(QLocale()),
                             z.expectedCash.formatWithCurrency(QLocale()),
                             countedCash.formatWithCurrency(QLocale()),
                             z.difference->formatWithCurrency(QLocale())),
                    false);
        printReport(z);
        return true;
    } catch (const Error& e) {
        showMessage(e.message(), true);
        return false;
    }
}

void TillPage::askOpenShift() {
    QString error;
    if (const auto amount = askAmount(this, tr("Open shift"), tr("Counted float in the drawer:"),
                                      currencyOf(m_context.db()), error))
        openShift(*amount);
    else if (!error.isEmpty())
        showMessage(error, true);
    m_scan->setFocus();
}

void TillPage::askMoveCash() {
    QString error;
    const auto amount =
        askAmount(this, tr("Cash in or out"), tr("Amount (negative takes cash out):"),
                  currencyOf(m_context.db()), error);
    if (!amount) {
        if (!error.isEmpty())
            showMessage(error, true);
        return;
    }
    const QString reason =
        QInputDialog::getText(this, tr("Cash in or out"), tr("Reason:")).trimmed();
    try {
        TillService::moveCash(m_context.session(), tillRef(), *amount, reason);
        showMessage(tr("Cash moved: %1").arg(amount->formatWithCurrency(QLocale())), false);
    } catch (const Error& e) {
        showMessage(e.message(), true);
    }
    m_scan->setFocus();
}

void TillPage::showXReport() {
    try {
        const TillReport x = TillReports::x(m_context.session(), tillRef());
        QStringList lines{
            tr("Sales: %1, %2").arg(x.sales).arg(x.salesTotal.formatWithCurrency(QLocale())),
            tr("Returns: %1, %2").arg(x.returns).arg(x.returnsTotal.formatWithCurrency(QLocale()))};
        for (const auto& [kind, amount] : x.tenders)
            lines << QStringLiteral("%1: %2").arg(tenderKindName(kind),
                                                  amount.formatWithCurrency(QLocale()));
        lines << tr("Expected cash in the drawer: %1")
                     .arg(x.expectedCash.formatWithCurrency(QLocale()));
        if (x.debtorPayments > 0)
            lines << tr("Debtor payments: %1").arg(x.debtorPayments);
        if (!x.valueCardsSold.isZero())
            lines << tr("Value cards sold: %1").arg(x.valueCardsSold.formatWithCurrency(QLocale()));
        QMessageBox box(QMessageBox::Information, tr("X report"), lines.join(QLatin1Char('\n')),
                        QMessageBox::Close, this);
        QPushButton* print = box.addButton(tr("&Print"), QMessageBox::ActionRole);
        box.exec();
        if (box.clickedButton() == print)
            printReport(x);
    } catch (const Error& e) {
        showMessage(e.message(), true);
    }
    m_scan->setFocus();
}

void TillPage::askZReport() {
    QString error;
    if (const auto counted = askAmount(this, tr("Z report"), tr("Counted cash in the drawer:"),
                                       currencyOf(m_context.db()), error))
        closeShift(*counted);
    else if (!error.isEmpty())
        showMessage(error, true);
    m_scan->setFocus();
}

}  // namespace skranke
