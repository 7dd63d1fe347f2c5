#include "ui/invoices/creditnotedialog.h"

#include "core/invoicing/invoiceservice.h"
#include "core/invoicing/quantity.h"
#include "core/store/error.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"
#include "ui/widgets/moneyedit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace skranke {

CreditNoteDialog::CreditNoteDialog(AppContext& context, std::int64_t invoiceNumber, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_invoice(InvoiceService::requireInvoice(context.db(), invoiceNumber)),
      m_whole(new QRadioButton(tr("&Whole invoice (what is not credited yet)"), this)),
      m_byAmount(new QRadioButton(tr("An &amount:"), this)),
      m_byLines(new QRadioButton(tr("Chosen &lines (quantity to credit):"), this)),
      m_amount(new MoneyEdit(m_invoice.total.currency(), QStringLiteral("amount"), this)),
      m_lines(new QTableWidget(int(m_invoice.lines.size()), 3, this)),
      m_errorLabel(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    const QLocale locale;
    setWindowTitle(tr("Credit invoice %1").arg(invoiceNumber));
    m_whole->setChecked(true);
    m_lines->setHorizontalHeaderLabels({tr("Line"), tr("Invoiced"), tr("Credit")});
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    for (int r = 0; r < int(m_invoice.lines.size()); ++r) {
        const InvoiceLine& l = m_invoice.lines[std::size_t(r)];
        auto* text = new QTableWidgetItem(QStringLiteral("%1. %2").arg(l.lineNo).arg(l.input.text));
        auto* qty = new QTableWidgetItem(Quantity::format(l.input.quantityMilli, locale));
        text->setFlags(text->flags() & ~Qt::ItemIsEditable);
        qty->setFlags(qty->flags() & ~Qt::ItemIsEditable);
        m_lines->setItem(r, 0, text);
        m_lines->setItem(r, 1, qty);
        m_lines->setItem(r, 2, new QTableWidgetItem(QStringLiteral("0")));
    }
    m_errors->bind(QStringLiteral("amount"), m_amount);
    m_errors->bind(QStringLiteral("lines"), m_lines);
    auto* left = new QLabel(
        tr("Invoice total %1; not credited yet %2.")
            .arg(m_invoice.total.formatWithCurrency(locale),
                 InvoiceService::uncredited(context.db(), m_invoice).formatWithCurrency(locale)),
        this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreditNoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreditNoteDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(left);
    layout->addWidget(m_whole);
    layout->addWidget(m_byAmount);
    layout->addWidget(m_amount);
    layout->addWidget(m_byLines);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(560, 420);
}

CreditNoteDialog::~CreditNoteDialog() = default;

void CreditNoteDialog::accept() {
    try {
        CreditRequest r;
        if (m_byAmount->isChecked())
            r.amount = m_amount->value();
        if (m_byLines->isChecked()) {
            for (int row = 0; row < m_lines->rowCount(); ++row) {
                const QString qty = m_lines->item(row, 2)->text().trimmed();
                if (qty.isEmpty() || qty == QLatin1String("0"))
                    continue;
                r.lines.push_back({m_invoice.lines[std::size_t(row)].lineNo,
                                   Quantity::parse(qty, QStringLiteral("lines"))});
            }
            if (r.lines.empty())
                throw Error::invalid(QStringLiteral("lines"),
                                     tr("Give a quantity on at least one line."));
        }
        m_note = InvoiceService::creditNote(m_context.session(), m_invoice.number, r);
    } catch (const Error& e) {
        m_errors->show(e);
        return;
    }
    QDialog::accept();
}

}  // namespace skranke
