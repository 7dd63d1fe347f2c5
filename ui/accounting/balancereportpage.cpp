#include "ui/accounting/balancereportpage.h"

#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/accounting/balancedifferencemodel.h"
#include "ui/accounting/balancemethodmodel.h"
#include "ui/documents/accountingbalancedocument.h"
#include "ui/shell/appcontext.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace skranke {

namespace {

const char* const invalidStyle = "border: 2px solid #c0392b; border-radius: 3px;";
// The screen lists this many items per difference; count and sum cover all.
constexpr int ScreenItems = 1000;

}  // namespace

BalanceReportPage::BalanceReportPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_methods(new BalanceMethodModel(this)),
      m_differences(new BalanceDifferenceModel(this)),
      m_table(new QTableView(this)),
      m_tree(new QTreeView(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_summary(new QLabel(this)),
      m_message(new QLabel(this)),
      m_dateSettle(new QTimer(this)),
      m_chooser(
          [](QWidget* owner, const QString& caption, const QString& name, const QString& filter) {
              return QFileDialog::getSaveFileName(owner, caption, name, filter);
          }) {
    const QDate today =
        Dates::localDate(context.clock().nowMs(), CompanyService::require(context.db()).timeZone);
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(QDate(today.year(), today.month(), today.daysInMonth()));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_dateSettle->setSingleShot(true);
    m_dateSettle->setInterval(DateSettleMs);
    connect(m_dateSettle, &QTimer::timeout, this, &BalanceReportPage::refresh);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        connect(d, &QDateEdit::dateChanged, m_dateSettle, qOverload<>(&QTimer::start));
    }

    m_table->setObjectName(QStringLiteral("methods"));
    m_table->setModel(m_methods);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BalanceMethodModel::Method,
                                                      QHeaderView::Stretch);

    m_tree->setObjectName(QStringLiteral("differences"));
    m_tree->setModel(m_differences);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(BalanceDifferenceModel::Text, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    auto* pdf = new QPushButton(tr("Save &PDF…"), this);
    refreshButton->setObjectName(QStringLiteral("refresh"));
    pdf->setObjectName(QStringLiteral("savePdf"));
    connect(refreshButton, &QPushButton::clicked, this, &BalanceReportPage::refresh);
    connect(pdf, &QPushButton::clicked, this, &BalanceReportPage::savePdfAs);

    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto* filters = new QHBoxLayout;
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(refreshButton);
    filters->addWidget(pdf);
    filters->addStretch(1);
    m_message->setWordWrap(true);
    m_message->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(new QLabel(tr("<b>Differences</b> — what keeps the numbers apart, "
                                         "item by item"),
                                      lower));
    lowerLayout->addWidget(m_tree, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    // The methods are the report: a business's eight or so and the total
    // stay in view; the differences below take the rest.
    constexpr int MethodRowsShown = 8;
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              MethodRowsShown * m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth());

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<h2>Balance</h2>Sold, paid, paid out and transferred to "
                                  "accounting per payment method, and every difference."),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
}

void BalanceReportPage::setFileChooser(FileChooser chooser) {
    m_chooser = std::move(chooser);
}

void BalanceReportPage::showEvent(QShowEvent* event) {
    refresh();  // sales, payments and transfers since
    QWidget::showEvent(event);
}

void BalanceReportPage::refresh() {
    m_dateSettle->stop();
    load();
}

bool BalanceReportPage::load() {
    try {
        m_report = BalanceReport::make(m_context.db(), m_from->date(), m_to->date(), ScreenItems);
    } catch (const Error& e) {
        m_report.reset();
        m_methods->setReport(BalanceReport{});
        m_differences->setReport(BalanceReport{});
        m_summary->clear();
        showError(e);
        return false;
    }
    clearMessage();
    m_methods->setReport(*m_report);
    m_differences->setReport(*m_report);
    m_tree->expandAll();
    const QLocale locale;
    const BalanceReport& r = *m_report;
    m_summary->setText(
        tr("Sold %1 (invoices %2, till %3, online orders %4) · paid %5 · difference %6 · "
           "vouchered %7, transferred %8")
            .arg(r.sold.formatWithCurrency(locale), r.soldInvoices.formatWithCurrency(locale),
                 r.soldReceipts.formatWithCurrency(locale), r.soldOrders.formatWithCurrency(locale),
                 r.paid.formatWithCurrency(locale), (r.sold - r.paid).formatWithCurrency(locale),
                 r.vouchered.formatWithCurrency(locale), r.transferred.formatWithCurrency(locale)));
    return true;
}

void BalanceReportPage::showError(const Error& error) {
    clearMessage();
    m_message->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_message->setText(error.message());
    m_message->show();
    if (error.field() == QLatin1String("from"))
        m_from->setStyleSheet(QLatin1String(invalidStyle));
    else if (error.field() == QLatin1String("to"))
        m_to->setStyleSheet(QLatin1String(invalidStyle));
}

void BalanceReportPage::clearMessage() {
    m_message->clear();
    m_message->hide();
    m_from->setStyleSheet(QString());
    m_to->setStyleSheet(QString());
}

bool BalanceReportPage::savePdf(const QString& path) {
    if (!load())
        return false;
    try {
        AccountingBalanceDocument(*m_report).writePdf(path);
    } catch (const Error& e) {
        showError(e);
        return false;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    m_message->show();
    return true;
}

void BalanceReportPage::savePdfAs() {
    const QString path = m_chooser(this, tr("Balance report as PDF"),
                                   QStringLiteral("balance-%1-%2.pdf")
                                       .arg(Dates::iso(m_from->date()), Dates::iso(m_to->date())),
                                   tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

}  // namespace skranke
