#include "ui/debtors/postingsdialog.h"

#include "core/auth/rights.h"
#include "core/company/companyservice.h"
#include "core/parties/debtorservice.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/debtors/postingmodel.h"
#include "ui/shell/appcontext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace skranke {

PostingsDialog::PostingsDialog(AppContext& context, std::int64_t debtorId, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_debtorId(debtorId),
      m_model(new PostingModel(context.db(), debtorId, this)),
      m_view(new QTableView(this)),
      m_summary(new QLabel(this)) {
    const Debtor d = DebtorService::require(context.db(), debtorId);
    setWindowTitle(tr("Postings — %1 %2").arg(d.id).arg(d.displayName()));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(PostingModel::Text, QHeaderView::Stretch);
    m_view->setColumnHidden(PostingModel::PaymentType, true);
    auto* showTypes = new QCheckBox(tr("Show &payment type"), this);
    connect(showTypes, &QCheckBox::toggled, this,
            [this](bool on) { m_view->setColumnHidden(PostingModel::PaymentType, !on); });
    auto* writeOffButton = new QPushButton(tr("&Write off…"), this);
    writeOffButton->setEnabled(context.session().has(rights::LedgerWriteOff));
    connect(writeOffButton, &QPushButton::clicked, this, &PostingsDialog::writeOff);
    auto* bar = new QHBoxLayout;
    bar->addWidget(showTypes);
    bar->addStretch(1);
    bar->addWidget(m_summary);
    bar->addWidget(writeOffButton);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &PostingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(close);
    resize(900, 500);
    updateSummary();
}

void PostingsDialog::updateSummary() {
    const DebtorBalance b = LedgerService::balance(m_context.db(), m_debtorId);
    m_summary->setText(tr("Outstanding %1 · prepayment %2")
                           .arg(b.outstanding.formatWithCurrency(QLocale()),
                                b.prepayment.formatWithCurrency(QLocale())));
}

void PostingsDialog::writeOff() {
    bool ok = false;
    const QString amountText = QInputDialog::getText(
        this, tr("Write off"), tr("Amount to write off:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const QString reason = QInputDialog::getText(this, tr("Write off"), tr("Reason (required):"),
                                                 QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    try {
        const Currency c = Currency::fromCode(CompanyService::rules(m_context.db()).currency);
        LedgerService::writeOff(m_context.session(), m_debtorId,
                                Money::parse(amountText, c, QLocale(), QStringLiteral("amount")),
                                Dates::localDate(m_context.clock().nowMs(),
                                                 CompanyService::require(m_context.db()).timeZone),
                                reason);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Write off"), e.message());
        return;
    }
    m_model->reload();
    updateSummary();
}

}  // namespace skranke
