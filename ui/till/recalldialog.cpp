#include "ui/till/recalldialog.h"

#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace skranke {

namespace {

enum Column { ParkedAt, Label, Customer, Lines, Total, ColumnCount };
constexpr int IdRole = Qt::UserRole;

QTimeZone companyZone(Database& db) {
    const auto company = CompanyService::load(db);
    const QTimeZone zone(company ? company->timeZone.toUtf8() : QByteArray("UTC"));
    return zone.isValid() ? zone : QTimeZone::utc();
}

}  // namespace

RecallDialog::RecallDialog(AppContext& context, const QString& tillRef, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_tillRef(tillRef),
      m_list(new QTreeWidget(this)),
      m_emptyLabel(new QLabel(this)),
      m_errorLabel(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    setWindowTitle(tr("Recall a parked sale on till %1").arg(tillRef));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Parked at"), tr("Label"), tr("Customer"), tr("Lines"), tr("Total")});
    m_list->headerItem()->setTextAlignment(Lines, Qt::AlignRight | Qt::AlignVCenter);
    m_list->headerItem()->setTextAlignment(Total, Qt::AlignRight | Qt::AlignVCenter);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Label, QHeaderView::Stretch);
    m_errors->bind(QStringLiteral("parked_sale"), m_list);
    m_errors->bind(QStringLiteral("till"), m_list);
    m_emptyLabel->setText(tr("No sales are parked on this till."));
    m_emptyLabel->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_recall = buttons->button(QDialogButtonBox::Ok);
    m_recall->setText(tr("&Recall"));
    // Enter in the list reaches the dialog, which presses the default button.
    m_recall->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecallDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecallDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &RecallDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_recall->setEnabled(m_list->currentItem() != nullptr); });

    auto* heading = new QLabel(tr("&Parked sales, oldest first:"), this);
    heading->setBuddy(m_list);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(640, 360);

    reload();
    m_list->setFocus(Qt::OtherFocusReason);
}

RecallDialog::~RecallDialog() = default;

void RecallDialog::reload() {
    const QTreeWidgetItem* current = m_list->currentItem();
    const qlonglong keep = current ? current->data(ParkedAt, IdRole).toLongLong() : 0;
    m_list->clear();
    std::vector<ParkedSales::Parked> waiting;
    try {
        waiting = ParkedSales::waiting(m_context.db(), m_tillRef);
    } catch (const Error& e) {
        m_errors->show(e);
    }
    const QLocale locale;
    const QTimeZone zone = companyZone(m_context.db());
    QTreeWidgetItem* select = nullptr;
    for (const ParkedSales::Parked& p : waiting) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(ParkedAt, locale.toString(QDateTime::fromMSecsSinceEpoch(p.parkedMs, zone),
                                                QLocale::ShortFormat));
        item->setText(Label, p.label);
        item->setText(Customer, p.party.name);
        item->setText(Lines, locale.toString(p.lineCount));
        item->setText(Total, p.total.formatWithCurrency(locale));
        item->setTextAlignment(Lines, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(Total, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(ParkedAt, IdRole, qlonglong(p.id));
        const QString by = tr("Parked by %1").arg(p.parkedBy);
        for (int column = 0; column < ColumnCount; ++column)
            item->setToolTip(column, by);
        if (!select || p.id == keep)
            select = item;
    }
    m_list->setCurrentItem(select);
    m_emptyLabel->setVisible(waiting.empty());
    m_recall->setEnabled(select != nullptr);
}

void RecallDialog::accept() {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    m_errors->clear();
    try {
        m_recalled =
            ParkedSales::recall(m_context.session(), item->data(ParkedAt, IdRole).toLongLong());
    } catch (const Error& e) {
        // Recalled meanwhile at another till, or unreadable: show why, and
        // what is still waiting.
        reload();
        m_errors->show(e);
        return;
    }
    QDialog::accept();
}

}  // namespace skranke
