#include "ui/till/tenderdialog.h"

#include "core/money/cashrounding.h"
#include "core/store/error.h"
#include "ui/widgets/formerrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace skranke {

TenderDialog::TenderDialog(const Money& total, Options options, QWidget* parent)
    : QDialog(parent),
      m_total(total),
      m_options(std::move(options)),
      m_totalLabel(new QLabel(this)),
      m_paidLabel(new QLabel(this)),
      m_amount(new QLineEdit(this)),
      m_reference(new QLineEdit(this)),
      m_errorLabel(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    setWindowTitle(tr("Payment"));
    QFont big = m_totalLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_totalLabel->setFont(big);
    m_amount->setFont(big);
    m_amount->setAlignment(Qt::AlignRight);
    m_reference->setPlaceholderText(tr("card terminal reference or value card number"));
    m_errors->bind(QStringLiteral("tender"), m_amount);

    auto* cash = new QPushButton(tr("Cash (Enter)"), this);
    auto* card = new QPushButton(tr("Card (F2)"), this);
    auto* valueCard = new QPushButton(tr("Value card (F3)"), this);
    auto* invoice = new QPushButton(m_options.invoiceDebtor.isEmpty()
                                        ? tr("On invoice (F4)")
                                        : tr("On invoice to %1 (F4)").arg(m_options.invoiceDebtor),
                                    this);
    invoice->setEnabled(!m_options.invoiceDebtor.isEmpty());
    invoice->setToolTip(tr("Attach a debtor to the sale first (Customer…)."));
    cash->setDefault(true);
    connect(cash, &QPushButton::clicked, this, &TenderDialog::takeCash);
    connect(card, &QPushButton::clicked, this, &TenderDialog::takeCard);
    connect(valueCard, &QPushButton::clicked, this, &TenderDialog::takeValueCard);
    connect(invoice, &QPushButton::clicked, this, &TenderDialog::takeInvoice);
    connect(m_amount, &QLineEdit::returnPressed, this, &TenderDialog::takeCash);
    // F2 is card wherever the cursor is in the dialog.
    m_amount->installEventFilter(this);
    m_reference->installEventFilter(this);

    auto* form = new QFormLayout;
    form->addRow(tr("To pay:"), m_totalLabel);
    form->addRow(QString(), m_paidLabel);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Reference / card no.:"), m_reference);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(cash, QDialogButtonBox::ActionRole);
    buttons->addButton(card, QDialogButtonBox::ActionRole);
    buttons->addButton(valueCard, QDialogButtonBox::ActionRole);
    buttons->addButton(invoice, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &TenderDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    refresh();
}

TenderDialog::~TenderDialog() = default;

bool TenderDialog::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
            case Qt::Key_F2:
                takeCard();
                return true;
            case Qt::Key_F3:
                takeValueCard();
                return true;
            case Qt::Key_F4:
                takeInvoice();
                return true;
            default:
                break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

Money TenderDialog::remaining() const {
    Money paid = Money::zero(m_total.currency());
    for (const TenderInput& t : m_tenders)
        paid += t.amount;
    return m_total - paid;
}

void TenderDialog::refresh() {
    const QLocale locale;
    const Money rest = remaining();
    const Money cashRest = roundCash(rest, m_options.cashStepMinor).rounded;
    m_totalLabel->setText(rest.formatWithCurrency(locale));
    m_paidLabel->setText(m_tenders.empty()
                             ? tr("In cash: %1").arg(cashRest.formatWithCurrency(locale))
                             : tr("Paid so far: %1 · in cash: %2")
                                   .arg((m_total - rest).formatWithCurrency(locale),
                                        cashRest.formatWithCurrency(locale)));
    m_amount->setText(rest.format(locale));
    m_amount->selectAll();
    m_amount->setFocus();
}

std::optional<Money> TenderDialog::typedAmount() {
    m_errors->clear();
    try {
        const QString text = m_amount->text().trimmed();
        return text.isEmpty()
                   ? remaining()
                   : Money::parse(text, m_total.currency(), QLocale(), QStringLiteral("tender"));
    } catch (const Error& e) {
        m_errors->show(e);
        return std::nullopt;
    }
}

void TenderDialog::takeCash() {
    const auto amount = typedAmount();
    if (!amount)
        return;
    const Money due = roundCash(remaining(), m_options.cashStepMinor).rounded;
    if (*amount < due) {
        m_errors->show(
            tr("Cash pays the rest: at least %1.").arg(due.formatWithCurrency(QLocale())),
            QStringLiteral("tender"));
        return;
    }
    m_tenders.push_back(TenderInput{TenderKind::Cash, *amount, {}});
    accept();
}

void TenderDialog::takeCard() {
    const auto amount = typedAmount();
    if (!amount)
        return;
    if (!amount->isPositive() || *amount > remaining()) {
        m_errors->show(tr("A card pays at most what is left: %1.")
                           .arg(remaining().formatWithCurrency(QLocale())),
                       QStringLiteral("tender"));
        return;
    }
    m_tenders.push_back(TenderInput{TenderKind::Card, *amount, m_reference->text().trimmed()});
    m_reference->clear();
    if (remaining().isZero())
        accept();
    else
        refresh();
}

void TenderDialog::takeValueCard() {
    const QString number = m_reference->text().trimmed();
    if (number.isEmpty()) {
        m_errors->show(tr("Scan or type the value card's number in the reference field."),
                       QStringLiteral("tender"));
        m_reference->setFocus();
        return;
    }
    auto amount = typedAmount();
    if (!amount)
        return;
    Money balance = Money::zero(m_total.currency());
    try {
        balance = m_options.valueCardBalance ? m_options.valueCardBalance(number) : balance;
    } catch (const Error& e) {
        m_errors->show(e.message(), QStringLiteral("tender"));
        return;
    }
    if (!balance.isPositive()) {
        m_errors->show(tr("The value card is empty."), QStringLiteral("tender"));
        return;
    }
    if (*amount > remaining())
        amount = remaining();
    if (*amount > balance)
        amount = balance;  // the card pays what it holds; the rest is still to pay
    if (!amount->isPositive())
        return;
    m_tenders.push_back(TenderInput{TenderKind::ValueCard, *amount, number});
    m_reference->clear();
    if (remaining().isZero())
        accept();
    else
        refresh();
}

void TenderDialog::takeInvoice() {
    if (m_options.invoiceDebtor.isEmpty()) {
        m_errors->show(tr("Attach a debtor to the sale first (Customer…)."),
                       QStringLiteral("tender"));
        return;
    }
    if (!m_tenders.empty()) {
        m_errors->show(tr("An invoice takes the whole sale; take no other tender with it."),
                       QStringLiteral("tender"));
        return;
    }
    m_tenders.push_back(TenderInput{TenderKind::Invoice, m_total, {}});
    accept();
}

}  // namespace skranke
