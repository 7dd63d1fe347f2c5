#include "ui/debtors/paymentdialog.h"

#include "core/company/companyservice.h"
#include "core/ledger/ledgerservice.h"
#include "core/parties/debtorservice.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"
#include "ui/widgets/moneyedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace skranke {

PaymentDialog::PaymentDialog(AppContext& context, std::int64_t debtorId, QWidget* parent,
                             const QString& tillRef)
    : QDialog(parent),
      m_context(context),
      m_debtorId(debtorId),
      m_tillRef(tillRef),
      m_amount(new MoneyEdit(Currency::fromCode(CompanyService::rules(context.db()).currency),
                             QStringLiteral("amount"), this)),
      m_date(new QDateEdit(this)),
      m_type(new QLineEdit(QStringLiteral("bank"), this)),
      m_tender(new QComboBox(this)),
      m_reference(new QLineEdit(this)),
      m_invoices(new QTableWidget(this)),
      m_errorLabel(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    const Debtor debtor = DebtorService::require(context.db(), debtorId);
    const DebtorBalance balance = LedgerService::balance(context.db(), debtorId);
    setWindowTitle(tr("Payment from %1").arg(debtor.displayName()));
    m_date->setCalendarPopup(true);
    m_date->setDate(
        Dates::localDate(context.clock().nowMs(), CompanyService::require(context.db()).timeZone));
    m_errors->bind(QStringLiteral("amount"), m_amount);
    m_errors->bind(QStringLiteral("date"), m_date);
    auto* info = new QLabel(tr("Outstanding: %1. Tick the invoices the payment is for; with none "
                               "ticked it settles the oldest first. What is left stands on the "
                               "debtor as a remaining amount.")
                                .arg(balance.outstanding.formatWithCurrency(QLocale())),
                            this);
    info->setWordWrap(true);
    resize(560, 460);
    auto* form = new QFormLayout;
    form->addRow(tr("&Amount:"), m_amount);
    if (m_tillRef.isEmpty()) {
        form->addRow(tr("&Date:"), m_date);
        form->addRow(tr("Payment &type:"), m_type);
        m_tender->hide();
        m_type->show();
    } else {
        // At the till: today, into the drawer or through the card terminal.
        setWindowTitle(tr("Payment from %1 at till %2").arg(debtor.displayName(), m_tillRef));
        m_tender->addItem(tenderKindName(TenderKind::Cash), int(TenderKind::Cash));
        m_tender->addItem(tenderKindName(TenderKind::Card), int(TenderKind::Card));
        form->addRow(tr("&Tender:"), m_tender);
        m_errors->bind(QStringLiteral("tender"), m_tender);
        m_date->hide();
        m_type->hide();
        m_reference->setPlaceholderText(tr("from the card terminal"));
    }
    form->addRow(tr("&Reference:"), m_reference);
    const QLocale locale;
    const auto open = LedgerService::openInvoices(context.db(), debtorId);
    m_invoices->setColumnCount(4);
    m_invoices->setRowCount(int(open.size()));
    m_invoices->setHorizontalHeaderLabels({tr("Invoice"), tr("Due"), tr("Open"), tr("Settle")});
    m_invoices->horizontalHeader()->setStretchLastSection(true);
    m_invoices->verticalHeader()->hide();
    for (int r = 0; r < int(open.size()); ++r) {
        const Posting& p = open[std::size_t(r)];
        m_invoiceNumbers.push_back(p.docNumber);
        auto* number = new QTableWidgetItem(QString::number(p.docNumber));
        number->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        number->setCheckState(Qt::Unchecked);
        auto* due = new QTableWidgetItem(locale.toString(p.dueDate, QLocale::ShortFormat));
        auto* openItem = new QTableWidgetItem(p.open.format(locale, true));
        due->setFlags(Qt::ItemIsEnabled);
        openItem->setFlags(Qt::ItemIsEnabled);
        openItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* settle = new QTableWidgetItem(p.open.format(locale, true));
        settle->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_invoices->setItem(r, 0, number);
        m_invoices->setItem(r, 1, due);
        m_invoices->setItem(r, 2, openItem);
        m_invoices->setItem(r, 3, settle);
    }
    m_errors->bind(QStringLiteral("invoices"), m_invoices);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(info);
    layout->addLayout(form);
    layout->addWidget(m_invoices, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    if (balance.outstanding.isPositive())
        m_amount->setValue(balance.outstanding);
    m_amount->setFocus();
    m_amount->selectAll();
}

PaymentDialog::~PaymentDialog() = default;

void PaymentDialog::accept() {
    try {
        std::vector<LedgerService::Allocation> allocations;
        const Money amount = m_amount->value();
        for (int r = 0; r < m_invoices->rowCount(); ++r)
            if (m_invoices->item(r, 0)->checkState() == Qt::Checked)
                allocations.push_back(
                    {m_invoiceNumbers[std::size_t(r)],
                     Money::parse(m_invoices->item(r, 3)->text(), amount.currency(), QLocale(),
                                  QStringLiteral("invoices"))});
        if (m_tillRef.isEmpty()) {
            LedgerService::registerPayment(m_context.session(), m_debtorId, amount, m_date->date(),
                                           m_type->text(), m_reference->text(), allocations);
        } else {
            TillPaymentInput in;
            in.debtorId = m_debtorId;
            in.amount = amount;
            in.tender = TenderKind(m_tender->currentData().toInt());
            in.reference = m_reference->text();
            in.allocations = allocations;
            m_tillPayment = TillPayments::take(m_context.session(), m_tillRef, in);
        }
    } catch (const Error& e) {
        m_errors->show(e);
        return;
    }
    QDialog::accept();
}

}  // namespace skranke
