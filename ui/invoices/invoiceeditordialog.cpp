#include "ui/invoices/invoiceeditordialog.h"

#include "core/company/companyservice.h"
#include "core/invoicing/invoicecalculator.h"
#include "core/invoicing/invoiceservice.h"
#include "core/invoicing/quantity.h"
#include "core/parties/debtorservice.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/buddylabel.h"
#include "ui/widgets/formerrors.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace skranke {

namespace {
enum LineColumn { Text, Qty, Price, Vat, Discount, LineColumns };
}

InvoiceEditorDialog::InvoiceEditorDialog(AppContext& context, std::int64_t debtorId,
                                         QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_debtor(new QSpinBox(this)),
      m_debtorName(new QLabel(this)),
      m_date(new QDateEdit(this)),
      m_overrideDue(new QCheckBox(tr("Other due date:"), this)),
      m_due(new QDateEdit(this)),
      m_lines(new QTableWidget(0, LineColumns, this)),
      m_message(new QLineEdit(this)),
      m_fees(new QCheckBox(tr("Reminder fees and interest may be charged (printed on the invoice)"),
                           this)),
      m_totals(new QLabel(this)),
      m_errorLabel(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    setWindowTitle(tr("New invoice"));
    m_debtor->setRange(0, 999'999'999);
    m_debtor->setValue(int(debtorId));
    const QDate today =
        Dates::localDate(context.clock().nowMs(), CompanyService::require(context.db()).timeZone);
    for (QDateEdit* d : {m_date, m_due}) {
        d->setCalendarPopup(true);
        d->setDate(today);
    }
    m_due->setEnabled(false);
    m_fees->setChecked(true);
    m_lines->setHorizontalHeaderLabels(
        {tr("Text"), tr("Quantity"), tr("Unit price incl. VAT"), tr("VAT %"), tr("Discount %")});
    m_lines->horizontalHeader()->setSectionResizeMode(Text, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    setLine(0, {});
    m_errors->bind(QStringLiteral("debtor"), m_debtor);
    m_errors->bind(QStringLiteral("date"), m_date);
    m_errors->bind(QStringLiteral("due"), m_due);
    m_errors->bind(QStringLiteral("lines"), m_lines);

    connect(m_debtor, &QSpinBox::valueChanged, this, &InvoiceEditorDialog::updateDue);
    connect(m_date, &QDateEdit::dateChanged, this, &InvoiceEditorDialog::updateDue);
    connect(m_overrideDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_lines, &QTableWidget::cellChanged, this, &InvoiceEditorDialog::updateTotals);

    auto* debtorRow = new QHBoxLayout;
    debtorRow->addWidget(m_debtor);
    debtorRow->addWidget(m_debtorName, 1);
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_overrideDue);
    dueRow->addWidget(m_due);
    dueRow->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Debtor ID:"), m_debtor), debtorRow);
    form->addRow(tr("Invoice &date:"), m_date);
    form->addRow(tr("Due date:"), dueRow);
    form->addRow(tr("&Message:"), m_message);
    form->addRow(QString(), m_fees);
    auto* addLine = new QPushButton(tr("&Add line"), this);
    connect(addLine, &QPushButton::clicked, this, [this] { setLine(m_lines->rowCount(), {}); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* post = buttons->addButton(tr("&Post invoice"), QDialogButtonBox::AcceptRole);
    post->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (postInvoice())
            QDialog::accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(addLine);
    bottom->addStretch(1);
    bottom->addWidget(m_totals);
    layout->addLayout(bottom);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(860, 520);
    updateDue();
}

InvoiceEditorDialog::~InvoiceEditorDialog() = default;

void InvoiceEditorDialog::setLine(int row, const QStringList& cells) {
    const QSignalBlocker block(m_lines);
    while (m_lines->rowCount() <= row) {
        const int r = m_lines->rowCount();
        m_lines->insertRow(r);
        const QStringList defaults{QString(), QStringLiteral("1"), QString(),
                                   CompanyService::rules(m_context.db()).vatRatesPercent.value(0),
                                   QStringLiteral("0")};
        for (int c = 0; c < LineColumns; ++c)
            m_lines->setItem(r, c, new QTableWidgetItem(defaults[c]));
    }
    for (int c = 0; c < cells.size() && c < LineColumns; ++c)
        m_lines->item(row, c)->setText(cells[c]);
    updateTotals();
}

void InvoiceEditorDialog::updateDue() {
    const auto d = DebtorService::find(m_context.db(), m_debtor->value());
    m_debtorName->setText(d ? d->displayName() : tr("(no such debtor)"));
    if (d && !m_overrideDue->isChecked())
        m_due->setDate(d->terms.dueDate(m_date->date()));
}

InvoiceDraft InvoiceEditorDialog::draft() const {
    InvoiceDraft d;
    d.debtorId = m_debtor->value();
    d.date = m_date->date();
    if (m_overrideDue->isChecked())
        d.dueDate = m_due->date();
    d.message = m_message->text();
    d.feesAllowed = m_fees->isChecked();
    const Currency currency = Currency::fromCode(CompanyService::rules(m_context.db()).currency);
    const QLocale locale;
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        auto cell = [&](int c) { return m_lines->item(r, c)->text().trimmed(); };
        if (cell(Text).isEmpty() && cell(Price).isEmpty())
            continue;  // an empty row is not a line
        const QString field = QStringLiteral("line %1").arg(r + 1);
        InvoiceLineInput in;
        in.text = cell(Text);
        in.quantityMilli = Quantity::parse(cell(Qty), field);
        in.unitPrice = Money::parse(cell(Price), currency, locale, field);
        in.vatRate = Rate::percent(cell(Vat), field);
        in.discount = Rate::percent(cell(Discount), field);
        d.lines.push_back(in);
    }
    return d;
}

void InvoiceEditorDialog::updateTotals() {
    try {
        const InvoiceDraft d = draft();
        Invoice probe;
        InvoiceCalculator::computeTotals(probe, d.lines);
        m_totals->setText(d.lines.empty() ? QString()
                                          : tr("Total %1 (VAT %2)")
                                                .arg(probe.total.formatWithCurrency(QLocale()),
                                                     probe.vatTotal.formatWithCurrency(QLocale())));
    } catch (const Error&) {
        m_totals->setText(tr("Total: —"));
    }
}

bool InvoiceEditorDialog::postInvoice() {
    try {
        m_invoice = InvoiceService::createAndPost(m_context.session(), draft());
    } catch (const Error& e) {
        m_errors->show(e.message(), e.field().startsWith(QLatin1String("line"))
                                        ? QStringLiteral("lines")
                                        : e.field());
        return false;
    }
    m_errors->clear();
    return true;
}

}  // namespace skranke
