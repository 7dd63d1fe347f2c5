#include "ui/orders/resolvependingdialog.h"

#include "ui/widgets/buddylabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace skranke {

ResolvePendingDialog::ResolvePendingDialog(const QString& what, QWidget* parent)
    : QDialog(parent),
      m_outcome(new QComboBox(this)),
      m_reference(new QLineEdit(this)),
      m_reason(new QLineEdit(this)) {
    setWindowTitle(tr("Resolve by hand"));
    auto* intro = new QLabel(
        tr("%1 got no answer from the gateway. Look the payment up in the gateway's own portal "
           "and record here what it shows. This is kept with your name.")
            .arg(what),
        this);
    intro->setWordWrap(true);
    m_outcome->addItem(tr("The gateway did it"), true);
    m_outcome->addItem(tr("The gateway did not do it"), false);
    m_reference->setPlaceholderText(tr("The gateway's id for it, if it shows one"));
    m_reason->setPlaceholderText(tr("e.g. checked in the Nets portal"));
    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("&What happened:"), m_outcome), m_outcome);
    form->addRow(buddyLabel(tr("Re&ference:"), m_reference), m_reference);
    form->addRow(buddyLabel(tr("&How you know:"), m_reason), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, ok,
            [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

bool ResolvePendingDialog::done() const {
    return m_outcome->currentData().toBool();
}

QString ResolvePendingDialog::reference() const {
    return m_reference->text().trimmed();
}

QString ResolvePendingDialog::reason() const {
    return m_reason->text().trimmed();
}

}  // namespace skranke
