#include "ui/debtors/balancelistpage.h"

#include "core/company/companyservice.h"
#include "core/export/csvwriter.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/debtors/balancelistmodel.h"
#include "ui/documents/balancelistdocument.h"
#include "ui/shell/appcontext.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace skranke {

namespace {

BalanceList::Filter filterOf(QDateEdit* asOf, QSpinBox* interval, QSpinBox* from, QSpinBox* to,
                             QCheckBox* specified, QCheckBox* includeZero) {
    BalanceList::Filter f;
    f.asOf = asOf->date();
    f.intervalDays = interval->value();
    f.debtorFrom = from->value();
    f.debtorTo = to->value();
    f.specified = specified->isChecked();
    f.includeZero = includeZero->isChecked();
    return f;
}

}  // namespace

BalanceListPage::BalanceListPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_model(new BalanceListModel(this)),
      m_view(new QTableView(this)),
      m_asOf(new QDateEdit(this)),
      m_interval(new QSpinBox(this)),
      m_from(new QSpinBox(this)),
      m_to(new QSpinBox(this)),
      m_specified(new QCheckBox(tr("&Specified (in PDF and CSV)"), this)),
      m_includeZero(new QCheckBox(tr("Include &zero balances"), this)),
      m_message(new QLabel(this)) {
    m_asOf->setCalendarPopup(true);
    m_asOf->setDate(
        Dates::localDate(context.clock().nowMs(), CompanyService::require(context.db()).timeZone));
    m_interval->setRange(1, 365);
    m_interval->setValue(30);
    m_interval->setSuffix(tr(" days"));
    for (QSpinBox* s : {m_from, m_to}) {
        s->setRange(0, 999'999'999);
        s->setSpecialValueText(tr("any"));
    }
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(BalanceListModel::Name, QHeaderView::Stretch);
    auto* show = new QPushButton(tr("&Show"), this);
    auto* pdf = new QPushButton(tr("&PDF…"), this);
    auto* csv = new QPushButton(tr("&CSV…"), this);
    connect(show, &QPushButton::clicked, this, &BalanceListPage::refresh);
    connect(pdf, &QPushButton::clicked, this, &BalanceListPage::savePdf);
    connect(csv, &QPushButton::clicked, this, &BalanceListPage::saveCsv);
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("As of:"), this));
    filters->addWidget(m_asOf);
    filters->addWidget(new QLabel(tr("Interval:"), this));
    filters->addWidget(m_interval);
    filters->addWidget(new QLabel(tr("Debtor ID from:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);
    auto* options = new QHBoxLayout;
    options->addWidget(m_specified);
    options->addWidget(m_includeZero);
    options->addWidget(show);
    options->addWidget(pdf);
    options->addWidget(csv);
    options->addWidget(m_message, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("<h2>Balance list</h2>Who owed what on a date, by how long it was overdue."), this));
    layout->addLayout(filters);
    layout->addLayout(options);
    layout->addWidget(m_view, 1);
    refresh();
}

void BalanceListPage::refresh() {
    const auto f = filterOf(m_asOf, m_interval, m_from, m_to, m_specified, m_includeZero);
    try {
        m_model->setRows(f, BalanceList::compute(m_context.db(), f));
        m_message->clear();
    } catch (const Error& e) {
        m_message->setText(e.message());
    }
}

void BalanceListPage::savePdf() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Balance list as PDF"),
                                     QStringLiteral("balance-list.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto f = filterOf(m_asOf, m_interval, m_from, m_to, m_specified, m_includeZero);
    try {
        const CompanyProfile company = CompanyService::require(m_context.db());
        BalanceListDocument(company.name, f, BalanceList::compute(m_context.db(), f),
                            DocumentText::languageFor({}, company.country))
            .writePdf(path);
        m_message->setText(tr("Saved %1.").arg(path));
    } catch (const Error& e) {
        m_message->setText(e.message());
    }
}

void BalanceListPage::saveCsv() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Balance list as CSV"),
                                     QStringLiteral("balance-list.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    CsvWriter csv(QLatin1Char(';'));
    QStringList head;
    for (int c = 0; c < BalanceListModel::ColumnCount; ++c)
        head << m_model->headerData(c, Qt::Horizontal).toString();
    csv.addRow(head);
    const QLocale locale;
    for (const auto& r : m_model->rows()) {
        QStringList line{QString::number(r.debtorId), r.name};
        for (const Money& m : r.buckets)
            line << m.format(locale);
        csv.addRow(line << r.credits.format(locale) << r.balance.format(locale));
    }
    try {
        csv.save(path);
        m_message->setText(tr("Saved %1.").arg(path));
    } catch (const Error& e) {
        m_message->setText(e.message());
    }
}

}  // namespace skranke
