#include "ui/customers/customerspage.h"

#include "ui/customers/customerdialog.h"
#include "ui/customers/customerlistmodel.h"
#include "ui/shell/appcontext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace skranke {

namespace {
constexpr int Shown = 200;
}

CustomersPage::CustomersPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_search(new QLineEdit(this)),
      m_model(new CustomerListModel(context.db(), Shown, this)),
      m_view(new QTableView(this)),
      m_hint(new QLabel(this)) {
    m_search->setPlaceholderText(tr("Search email, name, address or notes, or type an ID"));
    m_search->setClearButtonEnabled(true);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CustomerListModel::Address,
                                                     QHeaderView::Stretch);
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(200);
    connect(timer, &QTimer::timeout, this, &CustomersPage::search);
    connect(m_search, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CustomersPage::search);
    connect(m_view, &QTableView::activated, this, &CustomersPage::editCurrent);
    m_search->installEventFilter(this);

    auto* create = new QPushButton(tr("&New customer… (Ctrl+N)"), this);
    auto* edit = new QPushButton(tr("&Edit… (Enter)"), this);
    connect(create, &QPushButton::clicked, this, &CustomersPage::createCustomer);
    connect(edit, &QPushButton::clicked, this, &CustomersPage::editCurrent);
    auto* shortcut = new QShortcut(QKeySequence::New, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &CustomersPage::createCustomer);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(create);
    top->addWidget(edit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);
}

bool CustomersPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_view->setFocus();
        m_view->selectRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CustomersPage::showEvent(QShowEvent* event) {
    search();
    m_search->setFocus();
    QWidget::showEvent(event);
}

void CustomersPage::search() {
    m_model->search(m_search->text());
    m_hint->setText(
        m_model->rowCount() == 0 ? tr("No customer matches. \"New customer…\" creates one.")
        : m_model->truncated()   ? tr("The first %1 shown; type more to narrow.").arg(Shown)
                                 : tr("%n customer(s)", nullptr, m_model->rowCount()));
}

void CustomersPage::editCurrent() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    CustomerDialog dialog(m_context, m_model->customerAt(current.row()).id, this);
    if (dialog.exec() == QDialog::Accepted)
        search();
}

void CustomersPage::createCustomer() {
    CustomerDialog dialog(m_context, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_search->setText(QString::number(dialog.customer().id));
        search();
        m_view->selectRow(0);
    }
}

}  // namespace skranke
