#include "ui/bookings/cancellationlistpage.h"

#include "core/company/companyservice.h"
#include "core/export/csvwriter.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/bookings/cancellationlistmodel.h"
#include "ui/documents/cancellationlistdocument.h"
#include "ui/shell/appcontext.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace skranke {

namespace {

const char* const invalidStyle = "border: 2px solid #c0392b; border-radius: 3px;";

}  // namespace

CancellationListPage::CancellationListPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_model(new CancellationListModel(this)),
      m_sorted(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_totals(new QLabel(this)),
      m_message(new QLabel(this)),
      m_chooser(
          [](QWidget* owner, const QString& caption, const QString& name, const QString& filter) {
              return QFileDialog::getSaveFileName(owner, caption, name, filter);
          }) {
    const QDate today =
        Dates::localDate(context.clock().nowMs(), CompanyService::require(context.db()).timeZone);
    const auto [monday, sunday] = CancellationList::weekOf(today);
    m_from->setDate(monday);
    m_to->setDate(sunday);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        connect(d, &QDateEdit::dateChanged, this, &CancellationListPage::refresh);
    }

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(CancellationListModel::RawValueRole);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CancellationListModel::When, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CancellationListModel::Reason,
                                                     QHeaderView::Stretch);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const std::int64_t id = m_model->bookingId(m_sorted->mapToSource(index)))
            Q_EMIT openBookingRequested(id);
    });

    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    auto* pdf = new QPushButton(tr("Save &PDF…"), this);
    auto* csv = new QPushButton(tr("Save &CSV…"), this);
    refreshButton->setObjectName(QStringLiteral("refresh"));
    pdf->setObjectName(QStringLiteral("savePdf"));
    csv->setObjectName(QStringLiteral("saveCsv"));
    connect(refreshButton, &QPushButton::clicked, this, &CancellationListPage::refresh);
    connect(pdf, &QPushButton::clicked, this, &CancellationListPage::savePdfAs);
    connect(csv, &QPushButton::clicked, this, &CancellationListPage::saveCsvAs);

    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto* filters = new QHBoxLayout;
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(refreshButton);
    filters->addWidget(pdf);
    filters->addWidget(csv);
    filters->addStretch(1);
    m_message->setWordWrap(true);
    m_message->hide();
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Cancellations</h2>Booking rows cancelled in the period, "
                                    "with reasons and fees."),
                                 this));
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    refresh();
}

void CancellationListPage::setFileChooser(FileChooser chooser) {
    m_chooser = std::move(chooser);
}

void CancellationListPage::showEvent(QShowEvent* event) {
    refresh();  // cancellations made elsewhere since
    QWidget::showEvent(event);
}

void CancellationListPage::showError(const Error& error) {
    clearError();
    m_message->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_message->setText(error.message());
    m_message->show();
    // Mark the field at fault without taking the focus from the one being typed in.
    if (error.field() == QLatin1String("from"))
        m_from->setStyleSheet(QLatin1String(invalidStyle));
    else if (error.field() == QLatin1String("to"))
        m_to->setStyleSheet(QLatin1String(invalidStyle));
}

void CancellationListPage::showSaved(const QString& path) {
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    m_message->show();
}

void CancellationListPage::clearError() {
    m_message->clear();
    m_message->hide();
    m_from->setStyleSheet(QString());
    m_to->setStyleSheet(QString());
}

bool CancellationListPage::load() {
    try {
        m_model->setList(CancellationList::load(m_context.db(), m_from->date(), m_to->date()));
    } catch (const Error& e) {
        m_model->setList({});
        m_totals->clear();
        showError(e);
        return false;
    }
    clearError();
    const CancellationList::Totals& t = m_model->list().totals;
    const QLocale locale;
    QString text = tr("Cancellations: %1 · units: %2 · fees: %3")
                       .arg(locale.toString(t.count), locale.toString(qlonglong(t.units)),
                            t.fees.formatWithCurrency(locale));
    const Money waived = t.suggested - t.fees;
    if (!waived.isZero())
        text += tr(" · waived: %1").arg(waived.formatWithCurrency(locale));
    m_totals->setText(text);
    return true;
}

void CancellationListPage::refresh() {
    load();
}

QString CancellationListPage::suggestedName(const QString& extension) const {
    return QStringLiteral("cancellations-%1-%2.%3")
        .arg(Dates::iso(m_from->date()), Dates::iso(m_to->date()), extension);
}

bool CancellationListPage::savePdf(const QString& path) {
    if (!load())
        return false;
    try {
        const CompanyProfile company = CompanyService::require(m_context.db());
        CancellationListDocument(company.name, m_model->list(),
                                 DocumentText::languageFor({}, company.country))
            .writePdf(path);
    } catch (const Error& e) {
        showError(e);
        return false;
    }
    showSaved(path);
    return true;
}

bool CancellationListPage::saveCsv(const QString& path) {
    if (!load())
        return false;
    CsvWriter csv(QLatin1Char(';'));
    CancellationList::writeCsv(csv, m_model->list(), QLocale());
    try {
        csv.save(path);
    } catch (const Error& e) {
        showError(e);
        return false;
    }
    showSaved(path);
    return true;
}

void CancellationListPage::savePdfAs() {
    const QString path = m_chooser(this, tr("Cancellation list as PDF"),
                                   suggestedName(QStringLiteral("pdf")), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void CancellationListPage::saveCsvAs() {
    const QString path = m_chooser(this, tr("Cancellation list as CSV"),
                                   suggestedName(QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveCsv(path);
}

}  // namespace skranke
