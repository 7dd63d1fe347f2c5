#include "ui/customers/customerdialog.h"

#include "core/parties/customerservice.h"
#include "core/store/error.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace skranke {

namespace {

struct FieldInfo {
    const char* name;
    const char* label;
    QString Customer::*member;
};

const FieldInfo fields[] = {
    {"name", QT_TRANSLATE_NOOP("skranke::CustomerDialog", "&Name:"), &Customer::name},
    {"email", QT_TRANSLATE_NOOP("skranke::CustomerDialog", "&Email:"), &Customer::email},
    {"phone", QT_TRANSLATE_NOOP("skranke::CustomerDialog", "P&hone:"), &Customer::phone},
    {"address_line1", QT_TRANSLATE_NOOP("skranke::CustomerDialog", "&Address:"),
     &Customer::addressLine1},
    {"address_line2", QT_TRANSLATE_NOOP("skranke::CustomerDialog", "Address, line 2:"),
     &Customer::addressLine2},
    {"address_line3", QT_TRANSLATE_NOOP("skranke::CustomerDialog", "Address, line 3:"),
     &Customer::addressLine3},
    {"postcode", QT_TRANSLATE_NOOP("skranke::CustomerDialog", "&Postcode:"), &Customer::postcode},
    {"city", QT_TRANSLATE_NOOP("skranke::CustomerDialog", "C&ity:"), &Customer::city},
    {"invoice_remark", QT_TRANSLATE_NOOP("skranke::CustomerDialog", "In&voice remark:"),
     &Customer::invoiceRemark},
};

}  // namespace

CustomerDialog::CustomerDialog(AppContext& context, std::int64_t customerId, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_noEmail(new QCheckBox(tr("The customer has &no email"), this)),
      m_notes(new QPlainTextEdit(this)),
      m_errorLabel(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    if (customerId > 0) {
        const auto found = CustomerService::find(context.db(), customerId);
        if (found)
            m_customer = *found;
    }
    setWindowTitle(m_customer.id > 0 ? tr("Customer %1").arg(m_customer.id) : tr("New customer"));
    auto* form = new QFormLayout;
    for (const FieldInfo& f : fields) {
        auto* edit = new QLineEdit(m_customer.*f.member, this);
        m_edits.insert(QLatin1String(f.name), edit);
        m_errors->bind(QLatin1String(f.name), edit);
        form->addRow(QCoreApplication::translate("skranke::CustomerDialog", f.label), edit);
        if (f.member == &Customer::email)
            form->addRow(QString(), m_noEmail);
    }
    for (const char* required : {"phone", "address_line1", "postcode", "city"})
        m_edits.value(QLatin1String(required))->setPlaceholderText(tr("\"-\" when not known"));
    m_edits.value(QStringLiteral("invoice_remark"))
        ->setPlaceholderText(tr("printed on the customer's invoices"));
    m_noEmail->setChecked(m_customer.noEmail);
    QLineEdit* email = m_edits.value(QStringLiteral("email"));
    email->setEnabled(!m_customer.noEmail);
    connect(m_noEmail, &QCheckBox::toggled, this, [email](bool none) {
        email->setEnabled(!none);
        if (none)
            email->clear();
    });
    m_notes->setPlainText(m_customer.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    form->addRow(tr("N&otes:"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

CustomerDialog::~CustomerDialog() = default;

Customer CustomerDialog::fromForm() const {
    Customer c = m_customer;
    for (const FieldInfo& f : fields)
        c.*f.member = m_edits.value(QLatin1String(f.name))->text();
    c.noEmail = m_noEmail->isChecked();
    c.notes = m_notes->toPlainText();
    return c;
}

void CustomerDialog::accept() {
    try {
        const Customer c = fromForm();
        m_customer = c.id > 0 ? CustomerService::edit(m_context.session(), c)
                              : CustomerService::create(m_context.session(), c);
    } catch (const Error& e) {
        m_errors->show(e);
        return;
    }
    QDialog::accept();
}

}  // namespace skranke
