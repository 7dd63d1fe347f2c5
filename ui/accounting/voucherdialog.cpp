#include "ui/accounting/voucherdialog.h"

#include "core/accounting/accountmapping.h"
#include "core/accounting/balancereport.h"
#include "core/accounting/chartofaccounts.h"
#include "core/accounting/voucherstore.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "ui/accounting/voucherlistmodel.h"
#include "ui/shell/appcontext.h"

#include <QBrush>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace skranke {

namespace {

const QColor failedColour(0xc0, 0x39, 0x2b);

QTableWidgetItem* cell(const QString& text, bool right = false) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

VoucherDialog::VoucherDialog(AppContext& context, std::int64_t voucherId, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_header(new QFormLayout),
      m_lines(new QTableWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_header);
    layout->addWidget(m_lines, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 520);
    try {
        m_voucher = VoucherStore::require(context.db(), voucherId);
    } catch (const Error& e) {
        setWindowTitle(tr("Voucher"));
        auto* error = new QLabel(e.message(), this);
        error->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
        layout->insertWidget(0, error);
        m_lines->hide();
        return;
    }
    setWindowTitle(tr("Voucher %1").arg(m_voucher.number));
    fillHeader();
    fillLines();
}

void VoucherDialog::addHeaderRow(const QString& label, const QString& value,
                                 const QString& toolTip) {
    auto* field = new QLabel(value, this);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    field->setToolTip(toolTip);
    field->setProperty("headerLabel", label);
    m_header->addRow(tr("%1:").arg(label), field);
}

QString VoucherDialog::headerValue(const QString& label) const {
    for (QLabel* field : findChildren<QLabel*>())
        if (field->property("headerLabel").toString() == label)
            return field->text();
    return {};
}

void VoucherDialog::fillHeader() {
    const Voucher& v = m_voucher;
    const QLocale locale;
    QString zone;
    try {
        zone = CompanyService::require(m_context.db()).timeZone;
    } catch (const Error&) {
        zone = QStringLiteral("UTC");
    }
    const auto when = [&zone](const std::optional<std::int64_t>& ms) {
        return ms ? QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone(zone.toUtf8()))
                        .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  : QString();
    };
    addHeaderRow(tr("Number"), QString::number(v.number));
    addHeaderRow(tr("Date"), locale.toString(v.date, QLocale::LongFormat));
    addHeaderRow(tr("Document"), v.sourceRef, VoucherTexts::sourceLabel(v.sourceKind));
    addHeaderRow(tr("Category"), VoucherTexts::categoryLabel(v.category));
    if (!v.method.isEmpty())
        addHeaderRow(tr("Method"), BalanceReport::methodLabel(v.method));
    addHeaderRow(tr("Text"), v.text);
    addHeaderRow(tr("Amount"), v.amount.formatWithCurrency(locale));
    addHeaderRow(tr("State"), VoucherTexts::stateLabel(v.state));
    switch (v.state) {
        case VoucherState::Pending:
            break;
        case VoucherState::Queued:
            addHeaderRow(tr("Queued"), when(v.queuedMs));
            break;
        case VoucherState::Transferred:
            addHeaderRow(tr("Transferred"), when(v.transferredMs));
            addHeaderRow(tr("Target"), v.target);
            addHeaderRow(tr("Reference"), v.targetRef);
            break;
        case VoucherState::Failed: {
            addHeaderRow(tr("Failed"), when(v.failedMs));
            addHeaderRow(tr("Reason"), VoucherTexts::failReasonText(v.failKind, v.failReason));
            if (auto* field = qobject_cast<QLabel*>(
                    m_header->itemAt(m_header->rowCount() - 1, QFormLayout::FieldRole)->widget()))
                field->setStyleSheet(QStringLiteral("color: #c0392b;"));
            break;
        }
    }
    addHeaderRow(tr("Attempts"), QString::number(v.attempts));
    addHeaderRow(tr("Key"), v.uidText(), tr("The key the accounting program sees the voucher by"));
}

void VoucherDialog::fillLines() {
    const QLocale locale;
    m_lines->setColumnCount(LineColumnCount);
    m_lines->setHorizontalHeaderLabels(
        {tr("Account"), tr("Account name"), tr("Text"), tr("VAT code"), tr("Debit"), tr("Credit")});
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setWordWrap(false);
    m_lines->setRowCount(int(m_voucher.lines.size()) + 1);
    const Money debit = m_voucher.debits();
    const Money credit = m_voucher.credits();
    int row = 0;
    for (const VoucherLine& line : m_voucher.lines) {
        if (line.account.isEmpty()) {
            auto* missing = cell(QStringLiteral("—"));
            missing->setForeground(QBrush(failedColour));
            m_lines->setItem(row, Account, missing);
            auto* name = cell(
                tr("No account for %1").arg(AccountMapping::describe(line.role, line.qualifier)));
            name->setForeground(QBrush(failedColour));
            m_lines->setItem(row, AccountName, name);
        } else {
            m_lines->setItem(row, Account, cell(line.account));
            QString name;
            try {
                if (const auto account = ChartOfAccounts::find(m_context.db(), line.account))
                    name = account->name;
            } catch (const Error&) {
            }
            m_lines->setItem(row, AccountName, cell(name));
        }
        m_lines->setItem(row, Text, cell(line.text));
        m_lines->setItem(row, VatCode, cell(line.vatCode));
        if (line.amount.isNegative()) {
            m_lines->setItem(row, Credit, cell((-line.amount).format(locale, true), true));
        } else {
            m_lines->setItem(row, Debit, cell(line.amount.format(locale, true), true));
        }
        ++row;
    }
    QFont bold = m_lines->font();
    bold.setBold(true);
    auto* total = cell(tr("Total"));
    total->setFont(bold);
    m_lines->setItem(row, Account, total);
    for (const auto& [column, amount] : {std::pair{Debit, debit}, std::pair{Credit, credit}}) {
        auto* item = cell(amount.format(locale, true), true);
        item->setFont(bold);
        m_lines->setItem(row, column, item);
    }
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(Text, QHeaderView::Stretch);
}

}  // namespace skranke
