#include "ui/till/returndialog.h"

#include "core/company/companyservice.h"
#include "core/invoicing/quantity.h"
#include "core/money/cashrounding.h"
#include "core/store/error.h"
#include "core/till/receiptcalculator.h"
#include "core/till/saleservice.h"
#include "ui/shell/appcontext.h"
#include "ui/widgets/formerrors.h"

#include <QComboBox>
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
enum Column { Text, Sold, Left, Back, ColumnCount };
}  // namespace

ReturnDialog::ReturnDialog(AppContext& context, const QString& tillRef, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_tillRef(tillRef),
      m_number(new QSpinBox(this)),
      m_lines(new QTableWidget(0, ColumnCount, this)),
      m_kind(new QComboBox(this)),
      m_reference(new QLineEdit(this)),
      m_refund(new QLabel(this)),
      m_errorLabel(new QLabel(this)),
      m_errors(std::make_unique<FormErrors>(m_errorLabel)) {
    setWindowTitle(tr("Return on till %1").arg(tillRef));
    m_number->setRange(1, 999'999'999);
    m_lines->setHorizontalHeaderLabels(
        {tr("Item"), tr("Sold"), tr("Returnable"), tr("Return now")});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(Text, QHeaderView::Stretch);
    m_kind->addItem(tenderKindName(TenderKind::Cash), int(TenderKind::Cash));
    m_kind->addItem(tenderKindName(TenderKind::Card), int(TenderKind::Card));
    m_reference->setPlaceholderText(tr("card terminal reference"));
    m_errors->bind(QStringLiteral("receipt"), m_number);
    m_errors->bind(QStringLiteral("line"), m_lines);
    m_errors->bind(QStringLiteral("tender"), m_kind);
    auto* find = new QPushButton(tr("&Find"), this);
    connect(find, &QPushButton::clicked, this, &ReturnDialog::findReceipt);
    // Enter in the number field finds the receipt; once found, Enter returns.
    find->setDefault(true);
    m_find = find;
    connect(m_lines, &QTableWidget::itemChanged, this, &ReturnDialog::updateRefund);
    // Another number means another receipt: find it before returning from it.
    connect(m_number, &QSpinBox::valueChanged, this, [this] {
        m_original.reset();
        m_lines->setRowCount(0);
        m_find->setDefault(true);
        m_ok->setDefault(false);
        updateRefund();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReturnDialog::updateRefund);

    auto* numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(find);
    auto* numberLabel = new QLabel(tr("&Receipt number:"), this);
    numberLabel->setBuddy(m_number);
    auto* form = new QFormLayout;
    form->addRow(numberLabel, numberRow);
    auto* refundForm = new QFormLayout;
    refundForm->addRow(tr("Pay &back by:"), m_kind);
    refundForm->addRow(tr("Card reference:"), m_reference);
    refundForm->addRow(tr("To pay back:"), m_refund);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Return"));
    m_ok->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReturnDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReturnDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addLayout(refundForm);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(620, 420);
}

ReturnDialog::~ReturnDialog() = default;

void ReturnDialog::findReceipt() {
    m_errors->clear();
    m_lines->setRowCount(0);
    m_original.reset();
    try {
        m_original = SaleService::load(m_context.db(), m_tillRef, m_number->value());
        const auto left = ReturnService::returnable(m_context.db(), m_tillRef, m_number->value());
        const QSignalBlocker quiet(m_lines);
        m_lines->setRowCount(int(m_original->lines.size()));
        m_find->setDefault(false);
        m_ok->setDefault(true);
        const QLocale locale;
        for (int row = 0; row < m_lines->rowCount(); ++row) {
            const ReceiptLine& l = m_original->lines[std::size_t(row)];
            const std::int64_t returnable = left[std::size_t(row)].quantityMilli;
            const QString cells[] = {l.input.text, Quantity::format(l.input.quantityMilli, locale),
                                     Quantity::format(returnable, locale),
                                     Quantity::format(returnable, locale)};
            for (int column = 0; column < ColumnCount; ++column) {
                auto* item = new QTableWidgetItem(cells[column]);
                if (column != Back)
                    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                m_lines->setItem(row, column, item);
            }
        }
    } catch (const Error& e) {
        m_errors->show(e);
    }
    updateRefund();
}

std::vector<ReturnLine> ReturnDialog::chosen() const {
    std::vector<ReturnLine> out;
    if (!m_original)
        return out;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        QString text = m_lines->item(row, Back)->text().trimmed();
        if (text.isEmpty() || text == QLatin1String("0"))
            continue;
        out.push_back(ReturnLine{m_original->lines[std::size_t(row)].lineNo,
                                 Quantity::parse(text, QStringLiteral("line"))});
    }
    return out;
}

Money ReturnDialog::refundAmount(const std::vector<ReturnLine>& lines) const {
    std::vector<SaleLineInput> back;
    for (const ReturnLine& r : lines) {
        SaleLineInput in = m_original->lines[std::size_t(r.lineNo - 1)].input;
        in.quantityMilli = r.quantityMilli;
        back.push_back(in);
    }
    Receipt worth;
    ReceiptCalculator::computeTotals(worth, back, m_original->total.currency());
    if (TenderKind(m_kind->currentData().toInt()) == TenderKind::Cash)
        return roundCash(worth.total, CompanyService::rules(m_context.db()).cashRoundingMinor)
            .rounded;
    return worth.total;
}

void ReturnDialog::updateRefund() {
    m_refund->clear();
    if (!m_original)
        return;
    try {
        m_refund->setText(refundAmount(chosen()).formatWithCurrency(QLocale()));
    } catch (const Error& e) {
        m_refund->setText(e.message());
    }
}

void ReturnDialog::accept() {
    m_errors->clear();
    if (!m_original) {
        m_errors->show(tr("Find the receipt first."), QStringLiteral("receipt"));
        return;
    }
    try {
        const std::vector<ReturnLine> lines = chosen();
        if (lines.empty())
            throw Error::invalid(QStringLiteral("line"),
                                 tr("Say how much of which line comes back."));
        const TenderKind kind = TenderKind(m_kind->currentData().toInt());
        m_created = ReturnService::returnLines(
            m_context.session(), m_tillRef, m_original->number, lines,
            {TenderInput{kind, refundAmount(lines), m_reference->text().trimmed()}});
    } catch (const Error& e) {
        m_errors->show(e);
        return;
    }
    QDialog::accept();
}

}  // namespace skranke
