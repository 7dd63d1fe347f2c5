#include "ui/orders/onlineorderspage.h"

#include "core/company/companyservice.h"
#include "core/orders/orderlist.h"
#include "core/orders/orderstore.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/orders/onlineorderlistmodel.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/buddylabel.h"
#include "ui/widgets/searchedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace skranke {

namespace {

// The list opens on what normally needs doing: the recent orders not yet effected.
constexpr int defaultDays = 30;

}  // namespace

OnlineOrdersPage::OnlineOrdersPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_model(new OnlineOrderListModel(context.db(), this)),
      m_view(new QTableView(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_status(new QComboBox(this)),
      m_search(new SearchEdit(tr("Order number, customer or email"), this)),
      m_newStatus(new QComboBox(this)),
      m_separator(new QComboBox(this)),
      m_message(new QLabel(this)),
      m_openChooser(
          [](QWidget* owner, const QString& caption, const QString& name, const QString& filter) {
              return QFileDialog::getOpenFileName(owner, caption, name, filter);
          }),
      m_saveChooser(
          [](QWidget* owner, const QString& caption, const QString& name, const QString& filter) {
              return QFileDialog::getSaveFileName(owner, caption, name, filter);
          }) {
    m_view->setModel(m_model);
    // Keyset paging fixes the order (newest first); a sorted view would sort
    // only the rows fetched so far.
    m_view->setSortingEnabled(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(OnlineOrderListModel::Customer,
                                                     QHeaderView::Stretch);
    connect(m_view, &QTableView::clicked, this, &OnlineOrdersPage::onClicked);
    connect(m_view, &QTableView::activated, this, &OnlineOrdersPage::onActivated);
    connect(m_model, &OnlineOrderListModel::loadFailed, this, &OnlineOrdersPage::showError);

    m_message->setWordWrap(true);
    m_message->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("<h2>Online orders</h2>Orders from the webshop, newest first. Click a customer to open "
           "them, <i>Show</i> for the confirmation the customer got, <i>Edit</i> to work on the "
           "order."),
        this));
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(buildActionBar());
    refresh();
}

QWidget* OnlineOrdersPage::buildFilterBar() {
    auto* bar = new QWidget(this);
    const QDate today = Dates::localDate(m_context.clock().nowMs(),
                                         CompanyService::require(m_context.db()).timeZone);
    m_from->setDate(today.addDays(-defaultDays));
    m_to->setDate(today);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        connect(d, &QDateEdit::dateChanged, this, &OnlineOrdersPage::refresh);
    }
    reloadStatuses();
    const int notEffected = m_status->findData(
        qlonglong(OrderStore::builtInStatus(m_context.db(), QStringLiteral("not_effected")).id));
    m_status->setCurrentIndex(qMax(0, notEffected));
    connect(m_status, &QComboBox::currentIndexChanged, this, &OnlineOrdersPage::refresh);

    connect(m_search, &SearchEdit::searchRequested, this, &OnlineOrdersPage::refresh);

    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(buddyLabel(tr("&From:"), m_from));
    row->addWidget(m_from);
    row->addWidget(buddyLabel(tr("&To:"), m_to));
    row->addWidget(m_to);
    row->addWidget(buddyLabel(tr("&Status:"), m_status));
    row->addWidget(m_status);
    row->addWidget(buddyLabel(tr("Searc&h:"), m_search));
    row->addWidget(m_search, 1);
    auto* refreshButton = namedButton(tr("&Refresh"), "refresh", bar);
    connect(refreshButton, &QPushButton::clicked, this, &OnlineOrdersPage::refresh);
    row->addWidget(refreshButton);
    return bar;
}

QWidget* OnlineOrdersPage::buildActionBar() {
    auto* bar = new QWidget(this);
    auto* importButton = namedButton(tr("&Import orders…"), "import", bar);
    auto* openButton = namedButton(tr("&Open"), "open", bar);
    auto* applyButton = namedButton(tr("&Apply to selected"), "applyStatus", bar);
    auto* exportButton = namedButton(tr("&Export CSV…"), "exportCsv", bar);
    connect(importButton, &QPushButton::clicked, this, &OnlineOrdersPage::chooseAndImport);
    connect(openButton, &QPushButton::clicked, this, &OnlineOrdersPage::openCurrent);
    connect(applyButton, &QPushButton::clicked, this, &OnlineOrdersPage::applyStatusToSelected);
    connect(exportButton, &QPushButton::clicked, this, &OnlineOrdersPage::chooseAndExport);
    m_separator->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    m_separator->addItem(tr("Comma (,)"), QStringLiteral(","));
    // What staff do with a handled order; any status can still be chosen.
    const int effected = m_newStatus->findData(
        qlonglong(OrderStore::builtInStatus(m_context.db(), QStringLiteral("effected")).id));
    m_newStatus->setCurrentIndex(qMax(0, effected));

    auto* setLabel = new QLabel(tr("Set stat&us:"), bar);
    setLabel->setBuddy(m_newStatus);
    auto* separatorLabel = new QLabel(tr("Se&parator:"), bar);
    separatorLabel->setBuddy(m_separator);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(importButton);
    row->addWidget(openButton);
    row->addSpacing(16);
    row->addWidget(setLabel);
    row->addWidget(m_newStatus);
    row->addWidget(applyButton);
    row->addStretch(1);
    row->addWidget(separatorLabel);
    row->addWidget(m_separator);
    row->addWidget(exportButton);
    return bar;
}

void OnlineOrdersPage::reloadStatuses() {
    // The order editor may add a status; both boxes keep what was chosen.
    std::vector<OrderStatus> statuses;
    try {
        statuses = OrderStore::statuses(m_context.db());
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    const QVariant filterWas = m_status->currentData();
    const QVariant newWas = m_newStatus->currentData();
    {
        const QSignalBlocker blockFilter(m_status);
        m_status->clear();
        m_newStatus->clear();
        m_status->addItem(tr("All statuses"), qlonglong(0));
        for (const OrderStatus& s : statuses) {
            m_status->addItem(OrderStore::statusLabel(s), qlonglong(s.id));
            m_newStatus->addItem(OrderStore::statusLabel(s), qlonglong(s.id));
        }
        if (filterWas.isValid())
            m_status->setCurrentIndex(qMax(0, m_status->findData(filterWas)));
    }
    if (newWas.isValid())
        m_newStatus->setCurrentIndex(qMax(0, m_newStatus->findData(newWas)));
}

void OnlineOrdersPage::setOpenFileChooser(FileChooser chooser) {
    m_openChooser = std::move(chooser);
}

void OnlineOrdersPage::setSaveFileChooser(FileChooser chooser) {
    m_saveChooser = std::move(chooser);
}

void OnlineOrdersPage::showEvent(QShowEvent* event) {
    reloadStatuses();
    refresh();  // orders imported or changed elsewhere since
    QWidget::showEvent(event);
}

void OnlineOrdersPage::refresh() {
    m_search->cancelPending();
    OrderList::Filter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.statusId = m_status->currentData().toLongLong();
    filter.text = m_search->text();
    try {
        m_model->setFilter(filter);
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    if (m_message->property("error").toBool())
        m_message->hide();
}

void OnlineOrdersPage::showError(const QString& message) {
    m_message->setProperty("error", true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_message->setText(message);
    m_message->show();
}

void OnlineOrdersPage::showInfo(const QString& message) {
    m_message->setProperty("error", false);
    m_message->setStyleSheet(QString());
    m_message->setText(message);
    m_message->show();
}

std::vector<std::int64_t> OnlineOrdersPage::selectedOrderIds() const {
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    std::vector<std::int64_t> ids;
    for (const QModelIndex& index : rows)
        if (const std::int64_t id = m_model->orderId(index.row()))
            ids.push_back(id);
    return ids;
}

void OnlineOrdersPage::onClicked(const QModelIndex& index) {
    const int row = index.row();
    const std::int64_t id = m_model->orderId(row);
    if (id == 0)
        return;
    switch (index.column()) {
        case OnlineOrderListModel::Edit:
            openOrder(id);
            break;
        case OnlineOrderListModel::Confirmation:
            showConfirmation(id);
            break;
        case OnlineOrderListModel::Customer: {
            const OrderList::Row& r = m_model->row(row);
            if (r.bookingId != 0)
                Q_EMIT openBookingRequested(r.bookingId);
            else if (r.customerId != 0)
                Q_EMIT openCustomerRequested(r.customerId);
            break;
        }
        default:
            break;
    }
}

void OnlineOrdersPage::onActivated(const QModelIndex& index) {
    const int column = index.column();
    const bool link = column == OnlineOrderListModel::Edit ||
                      column == OnlineOrderListModel::Confirmation ||
                      (column == OnlineOrderListModel::Customer && m_model->hasLink(index.row()));
    // A double-click on a link was handled by its first click; Enter was not.
    if (link && QGuiApplication::mouseButtons() != Qt::NoButton)
        return;
    if (link && column != OnlineOrderListModel::Edit) {
        onClicked(index);
        return;
    }
    openOrder(m_model->orderId(index.row()));
}

void OnlineOrdersPage::openCurrent() {
    const std::vector<std::int64_t> ids = selectedOrderIds();
    if (!ids.empty())
        openOrder(ids.front());
    else if (m_view->currentIndex().isValid())
        openOrder(m_model->orderId(m_view->currentIndex().row()));
}

}  // namespace skranke
