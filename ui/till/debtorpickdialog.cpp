#include "ui/till/debtorpickdialog.h"

#include "core/ledger/ledgerservice.h"
#include "core/parties/debtorservice.h"
#include "ui/debtors/debtordialog.h"
#include "ui/shell/appcontext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace skranke {

namespace {
constexpr int Shown = 50;
}

DebtorPickDialog::DebtorPickDialog(AppContext& context, const QString& title, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_search(new QLineEdit(this)),
      m_list(new QTableWidget(this)),
      m_hint(new QLabel(this)) {
    setWindowTitle(title);
    resize(620, 420);
    m_search->setPlaceholderText(tr("Debtor ID or part of the name"));
    m_list->setColumnCount(4);
    m_list->setHorizontalHeaderLabels({tr("ID"), tr("Name"), tr("City"), tr("Balance")});
    m_list->verticalHeader()->hide();
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(150);
    connect(timer, &QTimer::timeout, this, &DebtorPickDialog::search);
    connect(m_search, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        search();
        pickCurrent();
    });
    connect(m_list, &QTableWidget::cellActivated, this, &DebtorPickDialog::pickCurrent);
    m_search->installEventFilter(this);

    auto* buttons = new QDialogButtonBox(this);
    auto* create = buttons->addButton(tr("&New debtor…"), QDialogButtonBox::ActionRole);
    auto* choose = buttons->addButton(tr("&Choose"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(create, &QPushButton::clicked, this, &DebtorPickDialog::createDebtor);
    connect(choose, &QPushButton::clicked, this, &DebtorPickDialog::pickCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    search();
    m_search->setFocus();
}

bool DebtorPickDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_list->rowCount() > 0) {
        m_list->setFocus();
        m_list->selectRow(0);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void DebtorPickDialog::search() {
    Database& db = m_context.db();
    m_found = DebtorService::search(db, m_search->text(), Shown + 1);
    const bool more = int(m_found.size()) > Shown;
    if (more)
        m_found.resize(Shown);
    m_list->setRowCount(int(m_found.size()));
    const QLocale locale;
    for (int r = 0; r < int(m_found.size()); ++r) {
        const Debtor& d = m_found[std::size_t(r)];
        auto* balance =
            new QTableWidgetItem(LedgerService::balance(db, d.id).balance().format(locale, true));
        balance->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_list->setItem(r, 0, new QTableWidgetItem(QString::number(d.id)));
        m_list->setItem(r, 1, new QTableWidgetItem(d.displayName()));
        m_list->setItem(r, 2, new QTableWidgetItem(d.city));
        m_list->setItem(r, 3, balance);
    }
    if (!m_found.empty())
        m_list->selectRow(0);
    m_list->resizeColumnToContents(0);
    m_hint->setText(
        m_found.empty()
            ? tr("No debtor matches. \"New debtor…\" creates one.")
            : (more ? tr("The first %1 shown; type more to narrow.").arg(Shown) : QString()));
}

void DebtorPickDialog::pickCurrent() {
    const int row = m_list->currentRow() >= 0 ? m_list->currentRow() : 0;
    if (row >= int(m_found.size()))
        return;
    m_picked = m_found[std::size_t(row)];
    accept();
}

void DebtorPickDialog::createDebtor() {
    DebtorDialog dialog(m_context, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_picked = dialog.debtor();
    accept();
}

}  // namespace skranke
