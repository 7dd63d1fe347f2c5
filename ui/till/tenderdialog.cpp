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

TenderDialog::TenderDialog(const Money& total, std::int64_t cashStepMinor, QWidget* parent)
    : QDialog(parent),
      m_total(total),
      m_cashStep(cashStepMinor),
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
    m_reference->setPlaceholderText(tr("from the card terminal"));
    m_errors->bind(QStringLiteral("tender"), m_amount);

    auto* cash = new QPushButton(tr("Cash (Enter)"), this);
    auto* card = new QPushButton(tr("Card (F2)"), this);
    cash->setDefault(true);
    connect(cash, &QPushButton::clicked, this, &TenderDialog::takeCash);
    connect(card, &QPushButton::clicked, this, &TenderDialog::takeCard);
    connect(m_amount, &QLineEdit::returnPressed, this, &TenderDialog::takeCash);
    // F2 is card wherever the cursor is in the dialog.
    m_amount->installEventFilter(this);
    m_reference->installEventFilter(this);

    auto* form = new QFormLayout;
    form->addRow(tr("To pay:"), m_totalLabel);
    form->addRow(QString(), m_paidLabel);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("Card &reference:"), m_reference);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(cash, QDialogButtonBox::ActionRole);
    buttons->addButton(card, QDialogButtonBox::ActionRole);
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
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_F2) {
        takeCard();
        return true;
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
    const Money cashRest = roundCash(rest, m_cashStep).rounded;
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
    const Money due = roundCash(remaining(), m_cashStep).rounded;
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

}  // namespace skranke
