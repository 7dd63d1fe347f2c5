#include "ui/shell/tillsettingspage.h"

#include "core/auth/rights.h"
#include "core/catalog/tillbuttons.h"
#include "core/store/error.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace skranke {

TillSettingsPage::TillSettingsPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_list(new QListWidget(this)),
      m_errorLabel(new QLabel(this)),
      m_saved(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    auto* intro = new QLabel(tr("The till shows a tab of product buttons for each ticked "
                                "category, in this order. Products of the other categories "
                                "are still sold by scanning or typing their number."),
                             this);
    intro->setWordWrap(true);
    m_errors->bind(QStringLiteral("categories"), m_list);
    m_list->installEventFilter(this);
    auto* up = new QPushButton(tr("Move &up"), this);
    auto* down = new QPushButton(tr("Move &down"), this);
    auto* save = new QPushButton(tr("&Save"), this);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(save, &QPushButton::clicked, this, &TillSettingsPage::save);
    auto* side = new QVBoxLayout;
    side->addWidget(up);
    side->addWidget(down);
    side->addStretch(1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(m_saved, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    const bool may = context.signedIn() && context.session().has(rights::SettingsEdit);
    for (QWidget* w : std::initializer_list<QWidget*>{up, down, save})
        w->setEnabled(may);
    if (!may)
        m_saved->setText(tr("Only a user with the right to edit settings can change this."));
    load();
}

TillSettingsPage::~TillSettingsPage() = default;

void TillSettingsPage::showEvent(QShowEvent* event) {
    load();  // categories come with new products
    QWidget::showEvent(event);
}

bool TillSettingsPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & Qt::AltModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            move(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TillSettingsPage::load() {
    m_list->clear();
    const bool may = m_context.signedIn() && m_context.session().has(rights::SettingsEdit);
    for (const TillCategory& c : TillButtons::categories(m_context.db())) {
        auto* item = new QListWidgetItem(
            c.sold ? c.name : tr("%1 (booked in the schedule, no buttons)").arg(c.name), m_list);
        item->setData(Qt::UserRole, qint64(c.id));
        item->setData(Qt::UserRole + 1, c.name);
        item->setFlags(Qt::ItemIsSelectable | (c.sold ? Qt::ItemIsEnabled : Qt::NoItemFlags) |
                       (may && c.sold ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
        item->setCheckState(c.onTill ? Qt::Checked : Qt::Unchecked);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void TillSettingsPage::move(int by) {
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    m_saved->clear();
}

void TillSettingsPage::save() {
    std::vector<TillCategory> order;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        order.push_back(TillCategory{item->data(Qt::UserRole).toLongLong(),
                                     item->data(Qt::UserRole + 1).toString(),
                                     item->checkState() == Qt::Checked});
    }
    try {
        TillButtons::arrange(m_context.session(), order);
        m_errors->clear();
        m_saved->setText(tr("Saved. The till shows the new buttons when it is opened next."));
    } catch (const Error& e) {
        m_errors->show(e);
    }
}

}  // namespace skranke
