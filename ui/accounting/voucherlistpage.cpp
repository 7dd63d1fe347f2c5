#include "ui/accounting/voucherlistpage.h"

#include "core/accounting/accountingservice.h"
#include "core/accounting/accountingsettings.h"
#include "core/accounting/voucherstore.h"
#include "core/auth/rights.h"
#include "core/company/companyservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/accounting/transferworker.h"
#include "ui/accounting/voucherdialog.h"
#include "ui/accounting/voucherlistmodel.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/buddylabel.h"
#include "ui/widgets/searchedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace skranke {

VoucherListPage::VoucherListPage(AppContext& context, std::optional<VoucherCategory> category,
                                 std::optional<VoucherState> fixedState, TransferWorker* worker,
                                 QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_category(category),
      m_fixedState(fixedState),
      m_model(new VoucherListModel(context.db(), this)),
      m_view(new QTableView(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_state(new QComboBox(this)),
      m_search(new SearchEdit(tr("Number, document or text"), this)),
      m_message(new QLabel(this)),
      m_count(new QLabel(this)),
      m_worker(worker ? worker : new TransferWorker(context.db().path(), context.clock(), this)),
      m_makingNotice(new QTimer(this)) {
    m_view->setModel(m_model);
    // Keyset paging fixes the order (by number); sorting would sort only the loaded rows.
    m_view->setSortingEnabled(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VoucherListModel::Text, QHeaderView::Stretch);
    // Bank references (FIK lines) and failure reasons run long: sized to
    // their contents they left the text a few letters. They get a fair
    // width the user can drag, and say the rest in their tooltip.
    const int letter = fontMetrics().averageCharWidth();
    for (const auto& [column, letters] :
         {std::pair{VoucherListModel::Document, 24}, std::pair{VoucherListModel::Reason, 28}}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, letters * letter);
    }
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { openVoucher(m_model->voucherId(index.row())); });
    connect(m_model, &VoucherListModel::loadFailed, this, &VoucherListPage::showError);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VoucherListPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VoucherListPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &VoucherListPage::updateCount);
    connect(&context, &AppContext::sessionChanged, this, [this] {
        // Signing out stops the worker: what this page asked for never comes.
        m_making = false;
        m_makingNotice->stop();
        if (m_notice == Notice::Making)
            m_message->hide();
        updateActions();
    });
    connect(m_worker, &TransferWorker::sent, this, &VoucherListPage::sent);
    connect(m_worker, &TransferWorker::vouchersMade, this, &VoucherListPage::vouchersMade);
    // Making vouchers is quick unless much was posted: say so only then.
    m_makingNotice->setSingleShot(true);
    m_makingNotice->setInterval(MakingNoticeDelayMs);
    connect(m_makingNotice, &QTimer::timeout, this, [this] {
        // Never over what the page already says (an error, "Sending …").
        if (m_worker->isMakingVouchers() && m_message->isHidden())
            showNotice(tr("Making vouchers for what was posted since last time … the list "
                          "shows them when they are made."),
                       Notice::Making);
    });

    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(buildActionBar());
    // The list is read when the page is first shown (showEvent).
}

QWidget* VoucherListPage::buildFilterBar() {
    auto* bar = new QWidget(this);
    const QDate today = Dates::localDate(m_context.clock().nowMs(),
                                         CompanyService::require(m_context.db()).timeZone);
    const QDate first(today.year(), today.month(), 1);
    // Failed vouchers wait for someone whatever their date, so that list opens on all of them.
    m_from->setDate(m_fixedState == VoucherState::Failed ? QDate(2000, 1, 1) : first);
    m_to->setDate(first.addMonths(1).addDays(-1));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        connect(d, &QDateEdit::dateChanged, this, &VoucherListPage::reload);
    }
    m_state->setObjectName(QStringLiteral("state"));
    m_state->addItem(tr("All states"), QString());
    for (VoucherState s : {VoucherState::Pending, VoucherState::Queued, VoucherState::Transferred,
                           VoucherState::Failed})
        m_state->addItem(VoucherTexts::stateLabel(s), VoucherTexts::stateKey(s));
    if (m_fixedState) {
        m_state->setCurrentIndex(m_state->findData(VoucherTexts::stateKey(*m_fixedState)));
        m_state->setEnabled(false);
    }
    connect(m_state, &QComboBox::currentIndexChanged, this, &VoucherListPage::reload);

    connect(m_search, &SearchEdit::searchRequested, this, &VoucherListPage::reload);

    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(buddyLabel(tr("&From:"), m_from));
    row->addWidget(m_from);
    row->addWidget(buddyLabel(tr("&To:"), m_to));
    row->addWidget(m_to);
    row->addWidget(buddyLabel(tr("&State:"), m_state));
    row->addWidget(m_state);
    row->addWidget(buddyLabel(tr("Searc&h:"), m_search));
    row->addWidget(m_search, 1);
    auto* refreshButton = namedButton(tr("&Refresh"), "refresh", bar);
    connect(refreshButton, &QPushButton::clicked, this, &VoucherListPage::refresh);
    row->addWidget(refreshButton);
    return bar;
}

QWidget* VoucherListPage::buildActionBar() {
    auto* bar = new QWidget(this);
    m_markAll = namedButton(tr("&Mark all"), "markAll", bar);
    m_markAll->setToolTip(tr("Select every voucher of the list"));
    m_transfer = namedButton(tr("&Transfer"), "transfer", bar);
    m_transfer->setToolTip(tr("Queue the selected pending vouchers for the accounting program"));
    m_restart = namedButton(tr("Re&start"), "restart", bar);
    m_restart->setToolTip(
        tr("Look up the accounts of the selected failed vouchers again and "
           "queue them"));
    m_sendNow = namedButton(tr("Send &now"), "sendNow", bar);
    connect(m_markAll, &QPushButton::clicked, this, &VoucherListPage::markAll);
    connect(m_transfer, &QPushButton::clicked, this, &VoucherListPage::transferSelected);
    connect(m_restart, &QPushButton::clicked, this, &VoucherListPage::restartSelected);
    connect(m_sendNow, &QPushButton::clicked, this, &VoucherListPage::sendNow);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_markAll);
    row->addWidget(m_transfer);
    row->addWidget(m_restart);
    if (m_fixedState == VoucherState::Failed) {
        m_restartAll = namedButton(tr("Restart &all"), "restartAll", bar);
        m_restartAll->setToolTip(tr("Restart every failed voucher, of any period"));
        connect(m_restartAll, &QPushButton::clicked, this, &VoucherListPage::restartAll);
        row->addWidget(m_restartAll);
    }
    row->addSpacing(16);
    row->addWidget(m_count);
    row->addStretch(1);
    row->addWidget(m_sendNow);
    return bar;
}

VoucherFilter VoucherListPage::currentFilter() const {
    VoucherFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.category = m_category;
    filter.state =
        m_fixedState ? m_fixedState : VoucherTexts::stateFromKey(m_state->currentData().toString());
    filter.text = m_search->text().trimmed();
    return filter;
}

bool VoucherListPage::mayManage() const {
    return m_context.signedIn() && m_context.session().has(rights::AccountingManage);
}

void VoucherListPage::showEvent(QShowEvent* event) {
    refresh();  // events posted and vouchers sent since
    QWidget::showEvent(event);
}

void VoucherListPage::refresh() {
    if (m_notice == Notice::Error || m_notice == Notice::Making)
        m_message->hide();
    if (mayManage()) {
        // On the worker's thread: the first year of a big file takes seconds.
        m_making = true;
        m_worker->makeVouchers();
        m_makingNotice->start();
    }
    reload();
}

void VoucherListPage::vouchersMade(qint64 made, const QString& error) {
    const bool asked = std::exchange(m_making, false);
    m_makingNotice->stop();
    if (m_notice == Notice::Making)
        m_message->hide();
    if (!error.isEmpty()) {
        if (asked)
            showError(error);
        return;
    }
    // Read again only when there are new vouchers: made by this run, or
    // meanwhile by a tick or another window (the series moved).
    if (isVisible() && (made > 0 || VoucherStore::nextNumber(m_context.db()) != m_readUpTo))
        reload();
}

void VoucherListPage::reload() {
    m_search->cancelPending();
    const VoucherFilter filter = currentFilter();
    try {
        if (filter.text == m_model->filter().text && filter.from == m_model->filter().from &&
            filter.to == m_model->filter().to && filter.state == m_model->filter().state &&
            filter.category == m_model->filter().category && m_model->rowCount() > 0)
            m_model->reload();
        else
            m_model->setFilter(filter);
        readTotals();
    } catch (const Error& e) {
        showError(e.message());
    }
    updateCount();
}

void VoucherListPage::readTotals() {
    Database& db = m_context.db();
    m_readUpTo = VoucherStore::nextNumber(db);
    m_total = VoucherStore::count(db, m_model->filter());
    VoucherFilter failed;
    failed.state = VoucherState::Failed;
    m_failedTotal = VoucherStore::count(db, failed);
    VoucherFilter queued;
    queued.state = VoucherState::Queued;
    m_queuedTotal = VoucherStore::count(db, queued);
    m_hasTarget = !AccountingSettingsStore::load(db).target.isEmpty();
}

void VoucherListPage::updateCount() {
    const int shown = m_model->rowCount();
    m_count->setText(shown < m_total ? tr("%1 of %2 vouchers loaded").arg(shown).arg(m_total)
                                     : tr("%n voucher(s)", nullptr, int(m_total)));
    updateActions();
}

void VoucherListPage::updateActions() {
    const bool may = mayManage();
    m_markAll->setEnabled(may && m_model->rowCount() > 0);
    m_transfer->setEnabled(may && !selectedIds(VoucherState::Pending).empty());
    m_restart->setEnabled(may && !selectedIds(VoucherState::Failed).empty());
    if (m_restartAll)
        m_restartAll->setEnabled(may && m_failedTotal > 0);
    const bool sending = m_sending && m_worker->isBusy();  // stop() at sign-out drops the answer
    m_sendNow->setEnabled(may && m_hasTarget && m_queuedTotal > 0 && !sending);
    m_sendNow->setToolTip(
        m_hasTarget
            ? tr("Send the queued vouchers (%1) to the accounting program now").arg(m_queuedTotal)
            : tr("No accounting program is set up: see Settings → Accounting"));
}

std::vector<std::int64_t> VoucherListPage::selectedIds(std::optional<VoucherState> state) const {
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    std::vector<std::int64_t> ids;
    for (const QModelIndex& index : rows) {
        const Voucher& v = m_model->voucher(index.row());
        if (!state || v.state == *state)
            ids.push_back(v.id);
    }
    return ids;
}

bool VoucherListPage::markAll() {
    bool complete = true;
    try {
        complete = m_model->fetchAll(MarkAllCap);
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    m_view->selectAll();
    if (!complete)
        showInfo(tr("Only the first %1 vouchers are marked; choose a shorter period for the rest.")
                     .arg(m_model->rowCount()));
    return complete;
}

int VoucherListPage::transferSelected() {
    const auto ids = selectedIds(VoucherState::Pending);
    try {
        const int queued = AccountingService::markForTransfer(m_context.session(), ids);
        afterChange(queued, tr("%n voucher(s) queued for transfer.", nullptr, queued));
        return queued;
    } catch (const Error& e) {
        showError(e.message());
        return -1;
    }
}

int VoucherListPage::restartSelected() {
    const auto ids = selectedIds(VoucherState::Failed);
    try {
        const int queued = AccountingService::restart(m_context.session(), ids);
        const int still = int(ids.size()) - queued;
        afterChange(queued, still > 0 ? tr("%1 of %2 vouchers queued again; the others still "
                                           "fail (see Reason).")
                                            .arg(queued)
                                            .arg(ids.size())
                                      : tr("%n voucher(s) queued again.", nullptr, queued));
        return queued;
    } catch (const Error& e) {
        showError(e.message());
        return -1;
    }
}

int VoucherListPage::restartAll() {
    try {
        const int queued = AccountingService::restartAllFailed(m_context.session());
        afterChange(queued, tr("%n failed voucher(s) queued again.", nullptr, queued));
        return queued;
    } catch (const Error& e) {
        showError(e.message());
        return -1;
    }
}

bool VoucherListPage::sendNow() {
    try {
        m_context.session().require(rights::AccountingManage);
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    if (!m_worker->sendNow()) {
        showInfo(tr("Another transfer is running; try again in a moment."));
        return false;
    }
    m_sending = true;
    showInfo(tr("Sending %n voucher(s) to the accounting program …", nullptr, int(m_queuedTotal)));
    updateActions();
    return true;
}

void VoucherListPage::sent(const TransferRun& run, const QString& error) {
    if (!std::exchange(m_sending, false)) {
        if (isVisible())  // another tab sent: show the new states
            reload();
        return;
    }
    reload();
    if (!error.isEmpty()) {
        showError(error);
    } else if (run.busy) {
        showInfo(tr("Another transfer is running; try again in a moment."));
    } else {
        QString text = tr("%n voucher(s) transferred", nullptr, run.transferred);
        if (run.failed > 0)
            text += tr(", %n failed", nullptr, run.failed);
        text += QLatin1Char('.');
        if (run.stopped || !run.stopReason.isEmpty())
            text += QLatin1Char(' ') + tr("Stopped: %1").arg(run.stopReason);
        if (run.stopped || run.failed > 0)
            showError(text);
        else
            showInfo(text);
    }
    Q_EMIT sendFinished();
}

void VoucherListPage::afterChange(int moved, const QString& message) {
    Q_UNUSED(moved);
    reload();
    showInfo(message);
}

VoucherDialog* VoucherListPage::openVoucher(std::int64_t voucherId) {
    if (voucherId == 0)
        return nullptr;
    auto* dialog = new VoucherDialog(m_context, voucherId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void VoucherListPage::showError(const QString& message) {
    showNotice(message, Notice::Error);
}

void VoucherListPage::showInfo(const QString& message) {
    showNotice(message, Notice::Info);
}

void VoucherListPage::showNotice(const QString& message, Notice kind) {
    m_notice = kind;
    m_message->setStyleSheet(
        kind == Notice::Error ? QStringLiteral("color: #c0392b; font-weight: bold;") : QString());
    m_message->setText(message);
    m_message->show();
}

}  // namespace skranke
