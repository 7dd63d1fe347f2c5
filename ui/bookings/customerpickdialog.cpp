#include "ui/bookings/customerpickdialog.h"

#include "core/parties/customerservice.h"
#include "ui/customers/customerdialog.h"
#include "ui/shell/appcontext.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace skranke {

CustomerPickDialog::CustomerPickDialog(AppContext& context, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_search(new QLineEdit(this)),
      m_list(new QListWidget(this)) {
    setWindowTitle(tr("Choose customer"));
    m_search->setPlaceholderText(tr("Name, email, address, notes or customer ID"));
    m_search->setClearButtonEnabled(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* create = buttons->addButton(tr("&New customer…"), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&Search:"), this);
    label->setBuddy(m_search);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &CustomerPickDialog::search);
    connect(m_search, &QLineEdit::returnPressed, this, &CustomerPickDialog::accept);
    connect(m_list, &QListWidget::itemActivated, this, &CustomerPickDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerPickDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(create, &QPushButton::clicked, this, &CustomerPickDialog::createCustomer);
    resize(520, 420);
    search();
}

void CustomerPickDialog::search() {
    m_list->clear();
    for (const Customer& c : CustomerService::search(m_context.db(), m_search->text(), 200)) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2, %3 %4 (%5)")
                .arg(c.name, c.email.isEmpty() ? tr("no email") : c.email, c.postcode, c.city)
                .arg(c.id),
            m_list);
        item->setData(Qt::UserRole, qint64(c.id));
    }
    m_list->setCurrentRow(0);
}

void CustomerPickDialog::accept() {
    if (!m_list->currentItem())
        return;
    m_customerId = m_list->currentItem()->data(Qt::UserRole).toLongLong();
    QDialog::accept();
}

void CustomerPickDialog::createCustomer() {
    CustomerDialog dialog(m_context, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_customerId = dialog.customer().id;
    QDialog::accept();
}

}  // namespace skranke
