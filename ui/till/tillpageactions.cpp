// The till page's actions beyond ringing up a sale: the customer, parking
// and recalling, a debtor's payment, the drawer, and printing.
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "core/till/parkedsales.h"
#include "core/till/saleservice.h"
#include "core/till/tillreport.h"
#include "core/till/tillservice.h"
#include "ui/debtors/paymentdialog.h"
#include "ui/documents/receiptdocument.h"
#include "ui/documents/tillpaymentdocument.h"
#include "ui/documents/tillreportdocument.h"
#include "ui/shell/appcontext.h"
#include "ui/till/cartmodel.h"
#include "ui/till/debtorpickdialog.h"
#include "ui/till/recalldialog.h"
#include "ui/till/tillpage.h"
#include "ui/till/tillprinter.h"
#include "ui/till/valuecarddialog.h"

#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>

namespace skranke {

void TillPage::addShortcuts() {
    const auto bind = [this](Qt::Key key, void (TillPage::*action)()) {
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    };
    bind(Qt::Key_F5, &TillPage::askCustomer);
    bind(Qt::Key_F6, &TillPage::askPark);
    bind(Qt::Key_F7, &TillPage::askRecall);
    bind(Qt::Key_F8, &TillPage::askDebtorPayment);
    bind(Qt::Key_F9, &TillPage::askOpenDrawer);
    bind(Qt::Key_F10, &TillPage::showValueCard);
    bind(Qt::Key_F11, &TillPage::askCopy);
    bind(Qt::Key_F12, &TillPage::printLast);
}

void TillPage::printLast() {
    if (m_lastReceipt > 0)
        printReceipt(m_lastReceipt, false);
    else
        showMessage(tr("No receipt has been rung up here yet; F11 prints a copy of any."), true);
    m_scan->setFocus();
}

const SaleParty& TillPage::party() const {
    return *m_party;
}

void TillPage::setParty(const SaleParty& party) {
    *m_party = party;
    m_customer->setText(party.isEmpty()
                            ? tr("No customer (F5 attaches one)")
                            : tr("Customer: %1 (debtor %2)").arg(party.name).arg(party.debtorId));
}

void TillPage::askCustomer() {
    DebtorPickDialog dialog(m_context, tr("Customer for this sale"), this);
    if (dialog.exec() == QDialog::Accepted && dialog.picked()) {
        const Debtor& d = *dialog.picked();
        setParty(SaleParty{0, d.id, d.displayName()});
    }
    m_scan->setFocus();
}

bool TillPage::parkSale(const QString& label) {
    try {
        ParkedSales::park(m_context.session(), tillRef(), m_cart->lines(), *m_party, label);
        m_cart->clear();
        setParty({});
        showMessage(tr("Sale parked. F7 recalls it."), false);
        return true;
    } catch (const Error& e) {
        showMessage(e.message(), true);
        return false;
    }
}

void TillPage::askPark() {
    if (m_cart->isEmpty()) {
        showMessage(tr("The cart is empty; there is nothing to park."), true);
        return;
    }
    bool ok = false;
    const QString label =
        QInputDialog::getText(this, tr("Park sale"), tr("A note to find it again (optional):"),
                              QLineEdit::Normal, m_party->name, &ok);
    if (ok)
        parkSale(label);
    m_scan->setFocus();
}

void TillPage::askRecall() {
    if (!m_cart->isEmpty()) {
        showMessage(tr("Finish or park the sale in the cart first."), true);
        return;
    }
    RecallDialog dialog(m_context, tillRef(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.recalled()) {
        m_cart->setLines(dialog.recalled()->lines);
        setParty(dialog.recalled()->party);
        showMessage(tr("Parked sale recalled."), false);
    }
    m_scan->setFocus();
}

void TillPage::askDebtorPayment() {
    DebtorPickDialog pick(m_context, tr("Debtor payment: who pays?"), this);
    if (pick.exec() != QDialog::Accepted || !pick.picked()) {
        m_scan->setFocus();
        return;
    }
    PaymentDialog dialog(m_context, pick.picked()->id, this, tillRef());
    if (dialog.exec() == QDialog::Accepted && dialog.tillPayment()) {
        const TillPayment& p = *dialog.tillPayment();
        // The debtor's slip: printed (or saved) as every receipt is.
        const TillPaymentDocument slip(p, CompanyService::require(m_context.db()));
        QString printed;
        try {
            printed = TillPrinter::print([&](QPagedPaintDevice& d) { slip.print(d); },
                                         slip.pageSizePoints(), TillPaymentDocument::fileName(p),
                                         tr("Payment"));
        } catch (const Error& e) {
            printed = e.message();
        }
        showMessage(
            (p.remaining.isZero() ? tr("Payment of %1 from %2 taken.")
                                        .arg(p.amount.formatWithCurrency(QLocale()), p.debtorName)
                                  : tr("Payment of %1 from %2 taken; %3 stands on the debtor.")
                                        .arg(p.amount.formatWithCurrency(QLocale()), p.debtorName,
                                             p.remaining.formatWithCurrency(QLocale()))) +
                QLatin1Char('\n') + printed,
            false);
    }
    m_scan->setFocus();
}

void TillPage::showValueCard() {
    ValueCardDialog dialog(m_context, this);
    dialog.exec();
    m_scan->setFocus();
}

void TillPage::askOpenDrawer() {
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Open drawer"),
                                                 tr("Why is the drawer opened without a sale?"),
                                                 QLineEdit::Normal, {}, &ok);
    if (ok) {
        try {
            TillService::openDrawer(m_context.session(), tillRef(), reason);
            showMessage(tr("Drawer opened."), false);
        } catch (const Error& e) {
            showMessage(e.message(), true);
        }
    }
    m_scan->setFocus();
}

bool TillPage::printReceipt(std::int64_t number, bool copy) {
    try {
        if (copy)
            SaleService::journalCopy(m_context.session(), tillRef(), number);
        const ReceiptDocument doc(ReceiptDocument::load(m_context.db(), tillRef(), number, copy));
        showMessage(TillPrinter::print(
                        [&](QPagedPaintDevice& d) { doc.print(d); }, doc.pageSizePoints(),
                        ReceiptDocument::fileName(tillRef(), number), tr("Receipt %1").arg(number)),
                    false);
        return true;
    } catch (const Error& e) {
        showMessage(e.message(), true);
        return false;
    }
}

void TillPage::askCopy() {
    bool ok = false;
    const int number =
        QInputDialog::getInt(this, tr("Copy receipt"), tr("Receipt number:"),
                             int(std::max<std::int64_t>(m_lastReceipt, 1)), 1, 2147483647, 1, &ok);
    if (ok)
        printReceipt(number, true);
    m_scan->setFocus();
}

void TillPage::printReport(const TillReport& report) {
    try {
        const TillReportDocument doc(report, CompanyService::require(m_context.db()));
        const QString where = TillPrinter::print(
            [&](QPagedPaintDevice& d) { doc.print(d); }, doc.pageSizePoints(),
            TillReportDocument::fileName(report),
            report.zNumber > 0 ? tr("Z report %1").arg(report.zNumber) : tr("X report"));
        showMessage(m_message->text() + QLatin1Char('\n') + where, false);
    } catch (const Error& e) {
        showMessage(e.message(), true);
    }
}

}  // namespace skranke
