#include "ui/invoices/invoiceoverviewpage.h"

#include "ui/bookings/canceldialog.h"

#include "core/company/companyservice.h"
#include "core/export/csvwriter.h"
#include "core/invoicing/invoiceservice.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/documents/invoicedocument.h"
#include "ui/invoices/creditnotedialog.h"
#include "ui/invoices/invoiceeditordialog.h"
#include "ui/invoices/invoicelistmodel.h"
#include "ui/shell/appcontext.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace skranke {

InvoiceOverviewPage::InvoiceOverviewPage(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_model(new InvoiceListModel(context.db(), this)),
      m_view(new QTreeView(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_number(new QLineEdit(this)),
      m_till(new QLineEdit(this)) {
    const QDate today =
        Dates::localDate(context.clock().nowMs(), CompanyService::require(context.db()).timeZone);
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-2));
    m_to->setDate(today);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        connect(d, &QDateEdit::dateChanged, this, &InvoiceOverviewPage::refresh);
    }
    m_number->setPlaceholderText(tr("Invoice no."));
    m_till->setPlaceholderText(tr("Till"));
    connect(m_number, &QLineEdit::textChanged, this, &InvoiceOverviewPage::refresh);
    connect(m_till, &QLineEdit::textChanged, this, &InvoiceOverviewPage::refresh);

    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(InvoiceListModel::Debtor, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnWidth(InvoiceListModel::Number, 90);
    m_view->setColumnWidth(InvoiceListModel::Till, 150);
    connect(m_view, &QTreeView::doubleClicked, this, &InvoiceOverviewPage::openPdf);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_number);
    filters->addWidget(m_till);
    filters->addStretch(1);
    auto* actions = new QHBoxLayout;
    const std::pair<QString, void (InvoiceOverviewPage::*)()> buttons[] = {
        {tr("&New invoice…"), &InvoiceOverviewPage::newInvoice},
        {tr("&Credit…"), &InvoiceOverviewPage::creditInvoice},
        {tr("Open &PDF"), &InvoiceOverviewPage::openPdf},
        {tr("P&rint…"), &InvoiceOverviewPage::printPreview},
        {tr("E&xport CSV…"), &InvoiceOverviewPage::exportCsv},
    };
    for (const auto& [label, slot] : buttons) {
        auto* b = new QPushButton(label, this);
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b);
    }
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Invoices</h2>"), this));
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    refresh();
}

void InvoiceOverviewPage::showEvent(QShowEvent* event) {
    refresh();
    QWidget::showEvent(event);
}

void InvoiceOverviewPage::refresh() {
    InvoiceList::Filter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.number = m_number->text().trimmed().toLongLong();
    f.tillRef = m_till->text();
    m_model->setFilter(f);
}

std::int64_t InvoiceOverviewPage::currentInvoiceId() const {
    return m_model->invoiceId(m_view->currentIndex());
}

void InvoiceOverviewPage::newInvoice() {
    InvoiceEditorDialog dialog(m_context, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_number->clear();
        refresh();
    }
}

void InvoiceOverviewPage::creditInvoice() {
    const auto inv = InvoiceService::find(m_context.db(), currentInvoiceId());
    if (!inv)
        return;
    if (inv->isCreditNote()) {
        QMessageBox::information(this, tr("Credit"), tr("Choose an invoice, not a credit note."));
        return;
    }
    CreditNoteDialog dialog(m_context, inv->number, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    // A booking's invoice: the booking may be called off too.
    CancelFlow::offerAfterCredit(m_context, inv->id, this);
}

void InvoiceOverviewPage::openPdf() {
    const std::int64_t id = currentInvoiceId();
    if (id == 0)
        return;
    try {
        const auto data = InvoiceDocument::load(m_context.db(), id);
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
        const QString path =
            QDir(dir).filePath(QStringLiteral("%1-%2.pdf")
                                   .arg(data.invoice.isCreditNote() ? QStringLiteral("credit-note")
                                                                    : QStringLiteral("invoice"))
                                   .arg(data.invoice.number));
        QFile::remove(path);
        InvoiceDocument::writePdf(data, path);
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Open PDF"), e.message());
    }
}

void InvoiceOverviewPage::printPreview() {
    const std::int64_t id = currentInvoiceId();
    if (id == 0)
        return;
    const InvoiceDocument document(InvoiceDocument::load(m_context.db(), id));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter* p) { document.print(*p); });
    preview.exec();
}

void InvoiceOverviewPage::exportCsv() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export invoices"), QStringLiteral("invoices.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    CsvWriter csv(QLatin1Char(';'));
    csv.addRow({tr("Kind"), tr("Number"), tr("Date"), tr("Due"), tr("Debtor"), tr("Name"),
                tr("Till"), tr("Total"), tr("Open")});
    InvoiceList::Filter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.number = m_number->text().trimmed().toLongLong();
    f.tillRef = m_till->text();
    InvoiceList::Cursor cursor;
    const QLocale locale;
    for (;;) {
        const auto rows = InvoiceList::page(m_context.db(), f, cursor, 1000);
        for (const auto& r : rows)
            csv.addRow({r.creditNote ? tr("Credit note") : tr("Invoice"), QString::number(r.number),
                        Dates::iso(r.date), Dates::iso(r.dueDate), QString::number(r.debtorId),
                        r.debtorName, r.tillRef, r.total.format(locale), r.open.format(locale)});
        if (rows.size() < 1000)
            break;
        cursor = InvoiceList::cursorAfter(rows.back());
    }
    try {
        csv.save(path);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Export invoices"), e.message());
    }
}

}  // namespace skranke
