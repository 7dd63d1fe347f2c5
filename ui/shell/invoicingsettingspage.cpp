#include "ui/shell/invoicingsettingspage.h"

#include "core/auth/rights.h"
#include "core/dunning/dunningsettings.h"
#include "core/invoicing/invoiceservice.h"
#include "core/invoicing/invoicingsettings.h"
#include "core/store/error.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace skranke {

InvoicingSettingsPage::InvoicingSettingsPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_enabled(new QCheckBox(tr("&Invoicing (debtors, invoices, credit notes, payments)"), this)),
      m_fik(new QLineEdit(this)),
      m_reference(new QLineEdit(this)),
      m_start(new QSpinBox(this)),
      m_setStart(new QPushButton(tr("Set &first number…"), this)),
      m_errorLabel(new QLabel(this)),
      m_saved(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    m_fik->setPlaceholderText(tr("8 digits, from the bank"));
    m_fik->setMaxLength(8);
    m_start->setRange(1, 999'999'999);
    m_errors->bind(QStringLiteral("fik_creditor"), m_fik);
    m_errors->bind(QStringLiteral("reference_rate"), m_reference);
    m_reference->setToolTip(
        tr("The central bank's reference rate in percent a year (in Denmark Nationalbanken's "
           "lending rate on 1 January and 1 July). Reminder interest may be at most this plus "
           "the law's margin."));
    m_errors->bind(QStringLiteral("start"), m_start);
    auto* save = new QPushButton(tr("&Save"), this);
    connect(save, &QPushButton::clicked, this, &InvoicingSettingsPage::save);
    connect(m_setStart, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("First invoice number"),
                                  tr("Continue the invoice numbers from %1? This can be set only "
                                     "once, before the first invoice is posted.")
                                      .arg(m_start->value())) != QMessageBox::Yes)
            return;
        try {
            InvoiceService::setSeriesStart(m_context.session(), QStringLiteral("invoice"),
                                           m_start->value());
            m_errors->clear();
            m_saved->setText(tr("The next invoice gets number %1.").arg(m_start->value()));
        } catch (const Error& e) {
            m_errors->show(e);
        }
    });
    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addWidget(m_setStart);
    startRow->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(QString(), m_enabled);
    form->addRow(tr("FIK &creditor number:"), m_fik);
    form->addRow(tr("First invoice number:"), startRow);
    form->addRow(tr("&Reference rate (% a year):"), m_reference);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(m_saved, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    layout->addStretch(1);
    const bool may = context.signedIn() && context.session().has(rights::SettingsEdit);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_enabled, m_fik, m_reference, m_start, m_setStart, save})
        w->setEnabled(may);
    load();
}

InvoicingSettingsPage::~InvoicingSettingsPage() = default;

void InvoicingSettingsPage::load() {
    m_enabled->setChecked(InvoicingSettings::enabled(m_context.db()));
    m_fik->setText(InvoicingSettings::fikCreditor(m_context.db()));
    m_reference->setText(DunningSettings::referenceRate(m_context.db())
                             .toPercentString()
                             .replace(u'.', QLocale().decimalPoint()));
}

bool InvoicingSettingsPage::save() {
    m_saved->clear();
    const bool before = InvoicingSettings::enabled(m_context.db());
    try {
        // Checked before anything is written, so a wrong rate saves nothing.
        const Rate reference =
            Rate::parsePercent(m_reference->text().trimmed(), QStringLiteral("reference_rate"));
        InvoicingSettings::setFikCreditor(m_context.session(), m_fik->text());
        if (reference != DunningSettings::referenceRate(m_context.db()))
            DunningSettings::setReferenceRate(m_context.session(), m_reference->text());
        if (before != m_enabled->isChecked())
            InvoicingSettings::setEnabled(m_context.session(), m_enabled->isChecked());
    } catch (const Error& e) {
        m_errors->show(e);
        return false;
    }
    m_errors->clear();
    m_saved->setText(tr("Saved."));
    if (before != m_enabled->isChecked())
        Q_EMIT invoicingChanged(m_enabled->isChecked());
    return true;
}

}  // namespace skranke
