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

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace skranke {

PaymentDialog::PaymentDialog(AppContext& context, std::int64_t debtorId, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_debtorId(debtorId),
      m_amount(new MoneyEdit(Currency::fromCode(CompanyService::rules(context.db()).currency),
                             QStringLiteral("amount"), this)),
      m_date(new QDateEdit(this)),
      m_type(new QLineEdit(QStringLiteral("bank"), this)),
      m_reference(new QLineEdit(this)),
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
    auto* info = new QLabel(tr("Outstanding: %1. The payment settles the oldest invoices first; "
                               "what is left stands as a prepayment.")
                                .arg(balance.outstanding.formatWithCurrency(QLocale())),
                            this);
    info->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Payment &type:"), m_type);
    form->addRow(tr("&Reference:"), m_reference);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(info);
    layout->addLayout(form);
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
        LedgerService::registerPayment(m_context.session(), m_debtorId, m_amount->value(),
                                       m_date->date(), m_type->text(), m_reference->text());
    } catch (const Error& e) {
        m_errors->show(e);
        return;
    }
    QDialog::accept();
}

}  // namespace skranke
