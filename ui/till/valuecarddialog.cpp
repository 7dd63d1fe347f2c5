#include "ui/till/valuecarddialog.h"

#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "core/till/valuecards.h"
#include "ui/shell/appcontext.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace skranke {

namespace {

QString entryKindName(const QString& kind) {
    if (kind == QLatin1String("issue"))
        return ValueCardDialog::tr("Sold");
    if (kind == QLatin1String("redeem"))
        return ValueCardDialog::tr("Paid with");
    if (kind == QLatin1String("refund"))
        return ValueCardDialog::tr("Refund put on");
    if (kind == QLatin1String("return"))
        return ValueCardDialog::tr("Card returned");
    if (kind == QLatin1String("order"))
        return ValueCardDialog::tr("Online order");
    return kind;
}

}  // namespace

ValueCardDialog::ValueCardDialog(AppContext& context, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_number(new QLineEdit(this)),
      m_balance(new QLabel(this)),
      m_entries(new QTableWidget(this)) {
    setWindowTitle(tr("Value card"));
    resize(620, 400);
    m_number->setPlaceholderText(tr("Scan or type the card's number and press Enter"));
    QFont big = m_balance->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_balance->setFont(big);
    m_balance->setWordWrap(true);
    m_entries->setColumnCount(5);
    m_entries->setHorizontalHeaderLabels(
        {tr("When"), tr("What"), tr("Amount"), tr("Till / receipt"), tr("By")});
    m_entries->verticalHeader()->hide();
    m_entries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entries->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_number, &QLineEdit::returnPressed, this, &ValueCardDialog::lookUp);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter looks a card up; it must not also press Close. Esc closes.
    for (QAbstractButton* b : buttons->buttons())
        if (auto* push = qobject_cast<QPushButton*>(b))
            push->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_number);
    layout->addWidget(m_balance);
    layout->addWidget(m_entries, 1);
    layout->addWidget(buttons);
    m_number->setFocus();
}

void ValueCardDialog::lookUp() {
    m_entries->setRowCount(0);
    Database& db = m_context.db();
    try {
        const ValueCard card = ValueCards::require(db, m_number->text());
        const std::vector<ValueCardEntry> rows = ValueCards::entries(db, card.number);
        const QTimeZone zone(CompanyService::require(db).timeZone.toUtf8());
        const QLocale locale;
        m_balance->setStyleSheet(QString());
        m_balance->setText(
            tr("Card %1: %2 left")
                .arg(ValueCards::grouped(card.number), card.balance.formatWithCurrency(locale)));
        m_entries->setRowCount(int(rows.size()));
        for (int r = 0; r < int(rows.size()); ++r) {
            const ValueCardEntry& e = rows[std::size_t(r)];
            auto* amount = new QTableWidgetItem(e.amount.format(locale, true));
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_entries->setItem(
                r, 0,
                new QTableWidgetItem(locale.toString(
                    QDateTime::fromMSecsSinceEpoch(e.createdMs, zone), QLocale::ShortFormat)));
            m_entries->setItem(r, 1, new QTableWidgetItem(entryKindName(e.kind)));
            m_entries->setItem(r, 2, amount);
            m_entries->setItem(
                r, 3,
                new QTableWidgetItem(
                    e.receiptNumber > 0
                        ? QStringLiteral("%1 / %2").arg(e.tillRef).arg(e.receiptNumber)
                        : QString()));
            m_entries->setItem(r, 4, new QTableWidgetItem(e.userName));
        }
        m_entries->resizeColumnsToContents();
        m_entries->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    } catch (const Error& e) {
        m_balance->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_balance->setText(e.message());
    }
    m_number->selectAll();
}

}  // namespace skranke
