#include "ui/accounting/payoutdialog.h"

#include "core/accounting/payoutstore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace skranke {

namespace {

const QColor alertColour(0xc0, 0x39, 0x2b);

QTableWidgetItem* cell(const QString& text, bool right = false) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

PayoutDialog::PayoutDialog(Database& db, std::int64_t payoutId, QWidget* parent)
    : QDialog(parent),
      m_payout(PayoutStore::require(db, payoutId)),
      m_summary(new QLabel(this)),
      m_table(new QTableWidget(this)) {
    setWindowTitle(tr("Payout %1").arg(m_payout.reference));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("lines"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    fill();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 500);
}

void PayoutDialog::fill() {
    const QLocale locale;
    const Payout& p = m_payout;
    QString summary =
        tr("<b>Payout %1</b> from %2, paid out %3<br>Gross %4 − fees %5 = <b>net %6</b>")
            .arg(p.reference.toHtmlEscaped(), p.acquirer.toHtmlEscaped(),
                 locale.toString(p.date, QLocale::LongFormat), p.gross.formatWithCurrency(locale),
                 p.fee.formatWithCurrency(locale), p.net.formatWithCurrency(locale));
    if (p.unmatchedCount > 0)
        summary += QStringLiteral("<br><span style=\"color:#c0392b\">%1</span>")
                       .arg(tr("%n transaction(s) not matched to a payment in Skranke.", nullptr,
                               p.unmatchedCount));
    m_summary->setText(summary);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Type"), tr("Reference"), tr("Date"), tr("Amount"),
                                        tr("Fee"), tr("Matched to"), tr("Text")});
    m_table->setRowCount(int(p.lines.size()));
    for (int row = 0; row < int(p.lines.size()); ++row) {
        const PayoutLine& line = p.lines[std::size_t(row)];
        const bool tx = line.isTransaction();
        const QString type = !tx                        ? tr("Fee")
                             : line.amount.isNegative() ? tr("Refund")
                                                        : tr("Payment");
        m_table->setItem(row, Type, cell(type));
        m_table->setItem(row, Reference, cell(line.reference));
        m_table->setItem(
            row, Date,
            cell(line.txDate.isValid() ? locale.toString(line.txDate, QLocale::ShortFormat)
                                       : QString()));
        m_table->setItem(row, Amount,
                         cell(tx ? line.amount.formatWithCurrency(locale) : QString(), true));
        m_table->setItem(row, Fee, cell(line.fee.formatWithCurrency(locale), true));
        QTableWidgetItem* match = cell(QString());
        if (!tx) {
            match->setText(QString());
        } else if (line.matched()) {
            match->setText(line.matchLabel.isEmpty() ? tr("Matched") : line.matchLabel);
        } else {
            match->setText(tr("Not matched"));
            match->setForeground(alertColour);
            match->setToolTip(
                tr("No order, till receipt or till payment in Skranke has this "
                   "reference. Use “Match again” on the Payouts page once the "
                   "payment is here."));
        }
        m_table->setItem(row, MatchedTo, match);
        m_table->setItem(row, Text, cell(line.text));
    }
}

}  // namespace skranke
