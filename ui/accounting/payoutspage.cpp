#include "ui/accounting/payoutspage.h"

#include "core/accounting/payoutimport.h"
#include "core/accounting/payoutstore.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/accounting/payoutdialog.h"
#include "ui/accounting/payoutlistmodel.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/buddylabel.h"
#include "ui/widgets/searchedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace skranke {

namespace {

// Payouts come a few days after the payments; two months back shows the
// ones still being followed up.
constexpr int defaultDays = 60;
const QString defaultAcquirer = QStringLiteral("nets");

}  // namespace

PayoutsPage::PayoutsPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_model(new PayoutListModel(context.db(), this)),
      m_view(new QTableView(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_search(new SearchEdit(tr("Payout id, acquirer or transaction reference"), this)),
      m_acquirer(new QComboBox(this)),
      m_message(new QLabel(this)),
      m_chooser([](QWidget* owner, const QString& caption, const QString& filter) {
          return QFileDialog::getOpenFileName(owner, caption, QString(), filter);
      }) {
    m_view->setObjectName(QStringLiteral("payouts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { openPayout(m_model->payoutId(index.row())); });

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(
        tr("<h2>Payouts</h2>What the card acquirer paid into the bank, newest first: the card "
           "payments each payout settles, less the acquirer's fees. Import the acquirer's "
           "settlement report to add payouts; open one to see its transactions."),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(buildActionBar());
    refresh();
}

QWidget* PayoutsPage::buildFilterBar() {
    auto* bar = new QWidget(this);
    const QDate today = Dates::localDate(m_context.clock().nowMs(),
                                         CompanyService::require(m_context.db()).timeZone);
    m_from->setDate(today.addDays(-defaultDays));
    m_to->setDate(QDate(today.year(), today.month(), today.daysInMonth()));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        connect(d, &QDateEdit::dateChanged, this, &PayoutsPage::refresh);
    }
    connect(m_search, &SearchEdit::searchRequested, this, &PayoutsPage::refresh);

    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(buddyLabel(tr("&From:"), m_from));
    row->addWidget(m_from);
    row->addWidget(buddyLabel(tr("&To:"), m_to));
    row->addWidget(m_to);
    row->addWidget(buddyLabel(tr("Searc&h:"), m_search));
    row->addWidget(m_search, 1);
    auto* refreshButton = namedButton(tr("&Refresh"), "refresh", bar);
    connect(refreshButton, &QPushButton::clicked, this, &PayoutsPage::refresh);
    row->addWidget(refreshButton);
    return bar;
}

QWidget* PayoutsPage::buildActionBar() {
    auto* bar = new QWidget(this);
    auto* importButton = namedButton(tr("&Import settlement report…"), "import", bar);
    auto* matchButton = namedButton(tr("&Match again"), "matchAgain", bar);
    auto* openButton = namedButton(tr("&Open"), "open", bar);
    matchButton->setToolTip(tr("Look again for the payments of the transactions not matched yet"));
    connect(importButton, &QPushButton::clicked, this, &PayoutsPage::chooseAndImport);
    connect(matchButton, &QPushButton::clicked, this, &PayoutsPage::matchAgain);
    connect(openButton, &QPushButton::clicked, this, &PayoutsPage::openCurrent);
    m_acquirer->setObjectName(QStringLiteral("acquirer"));
    m_acquirer->setEditable(true);
    m_acquirer->setToolTip(tr("The card acquirer the settlement report is from"));
    reloadAcquirers();
    auto* acquirerLabel = new QLabel(tr("Ac&quirer:"), bar);
    acquirerLabel->setBuddy(m_acquirer);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(acquirerLabel);
    row->addWidget(m_acquirer);
    row->addWidget(importButton);
    row->addWidget(matchButton);
    row->addStretch(1);
    row->addWidget(openButton);
    return bar;
}

void PayoutsPage::reloadAcquirers() {
    const QString was = m_acquirer->currentText();
    QStringList names{defaultAcquirer};
    try {
        for (const QString& name : PayoutStore::acquirers(m_context.db()))
            if (!names.contains(name))
                names << name;
    } catch (const Error& e) {
        showError(e.message());
    }
    m_acquirer->clear();
    m_acquirer->addItems(names);
    m_acquirer->setCurrentText(was.isEmpty() ? defaultAcquirer : was);
}

void PayoutsPage::setFileChooser(FileChooser chooser) {
    m_chooser = std::move(chooser);
}

void PayoutsPage::showEvent(QShowEvent* event) {
    refresh();  // vouchers made or payouts imported elsewhere since
    QWidget::showEvent(event);
}

void PayoutsPage::refresh() {
    m_search->cancelPending();
    try {
        m_model->setFilter(m_from->date(), m_to->date(), m_search->text());
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    if (m_message->property("error").toBool())
        m_message->hide();
}

bool PayoutsPage::importFile(const QString& path, const QString& acquirer) {
    const QString title = tr("Import settlement report");
    if (!m_context.signedIn()) {
        QMessageBox::warning(this, title, tr("Sign in to import settlement reports."));
        return false;
    }
    PayoutImportReport report;
    try {
        report = PayoutImport::importFile(m_context.session(), path, acquirer);
    } catch (const Error& e) {
        // The message names every problem in the file; nothing of it was imported.
        QMessageBox::warning(this, title, e.message());
        return false;
    }
    QStringList lines;
    QStringList ids;
    for (const Payout& p : report.imported)
        ids << p.reference;
    if (!ids.isEmpty())
        lines << tr("Imported %n payout(s): %1.", nullptr, int(ids.size()))
                     .arg(ids.join(QStringLiteral(", ")));
    if (!report.alreadyImported.isEmpty())
        lines << tr("Already imported before, left as they were: %1.")
                     .arg(report.alreadyImported.join(QStringLiteral(", ")));
    if (report.unmatched > 0)
        lines << tr(
            "%n transaction(s) are not matched to a payment in Skranke; they are shown "
            "under Unmatched.",
            nullptr, report.unmatched);
    reloadAcquirers();
    refresh();
    showInfo(lines.join(QLatin1Char('\n')));
    return true;
}

void PayoutsPage::chooseAndImport() {
    const QString acquirer = m_acquirer->currentText().trimmed();
    if (acquirer.isEmpty()) {
        QMessageBox::warning(this, tr("Import settlement report"),
                             tr("Name the card acquirer the settlement report is from."));
        m_acquirer->setFocus();
        return;
    }
    const QString path = m_chooser(this, tr("Import settlement report from %1").arg(acquirer),
                                   tr("Settlement reports (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path, acquirer);
}

int PayoutsPage::matchAgain() {
    if (!m_context.signedIn()) {
        QMessageBox::warning(this, tr("Match again"), tr("Sign in to match payouts."));
        return -1;
    }
    int matched = 0;
    try {
        matched = PayoutImport::rematch(m_context.session());
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Match again"), e.message());
        return -1;
    }
    refresh();
    showInfo(matched > 0 ? tr("%n transaction(s) matched to their payment.", nullptr, matched)
                         : tr("No new payments found for the unmatched transactions."));
    return matched;
}

void PayoutsPage::openPayout(qint64 payoutId) {
    if (payoutId == 0)
        return;
    try {
        PayoutDialog dialog(m_context.db(), payoutId, this);
        dialog.exec();
    } catch (const Error& e) {
        showError(e.message());
    }
}

void PayoutsPage::openCurrent() {
    if (m_view->currentIndex().isValid())
        openPayout(m_model->payoutId(m_view->currentIndex().row()));
}

void PayoutsPage::showError(const QString& message) {
    m_message->setProperty("error", true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_message->setText(message);
    m_message->show();
}

void PayoutsPage::showInfo(const QString& message) {
    m_message->setProperty("error", false);
    m_message->setStyleSheet(QString());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

}  // namespace skranke
