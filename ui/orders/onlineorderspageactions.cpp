// The page's commands: import, open, confirmation, set status, export.
#include "core/company/companyservice.h"
#include "core/export/csvwriter.h"
#include "core/orders/orderimport.h"
#include "core/orders/orderlist.h"
#include "core/orders/orderservice.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/orders/onlineorderdialog.h"
#include "ui/orders/onlineorderlistmodel.h"
#include "ui/orders/onlineorderspage.h"
#include "ui/orders/orderconfirmationdialog.h"
#include "ui/orders/orderimportwatcher.h"
#include "ui/shell/appcontext.h"

#include <QComboBox>
#include <QDir>
#include <QMessageBox>

namespace skranke {

namespace {

// Reading every order of a filter for an export: big pages, few queries.
constexpr int exportPageSize = 500;

}  // namespace

bool OnlineOrdersPage::importFile(const QString& path) {
    const QString title = tr("Import orders");
    if (!m_context.signedIn()) {
        QMessageBox::warning(this, title, tr("Sign in to import orders."));
        return false;
    }
    OrderImport::Report report;
    try {
        report = OrderImport::importFile(m_context.session(), path);
    } catch (const Error& e) {
        // The message names every problem in the file; nothing of it was imported.
        QMessageBox::warning(this, title, e.message());
        return false;
    }
    refresh();
    QStringList lines = OrderImportWatcher::reportLines(report);
    if (lines.isEmpty())
        lines << tr("The file holds no orders.");
    QMessageBox::information(this, title, lines.join(QLatin1Char('\n')));
    return true;
}

void OnlineOrdersPage::chooseAndImport() {
    const QString path = m_openChooser(this, tr("Import orders"), QString(),
                                       tr("Order files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool OnlineOrdersPage::applyStatusToSelected() {
    const QString title = tr("Set status");
    const std::vector<std::int64_t> ids = selectedOrderIds();
    if (ids.empty()) {
        QMessageBox::information(this, title, tr("Select the orders to move first."));
        return false;
    }
    if (!m_context.signedIn()) {
        QMessageBox::warning(this, title, tr("Sign in to change orders."));
        return false;
    }
    const std::int64_t statusId = m_newStatus->currentData().toLongLong();
    try {
        OrderService::setStatus(m_context.session(), ids, statusId);
        m_model->reload();
    } catch (const Error& e) {
        QMessageBox::warning(this, title, e.message());
        return false;
    }
    showInfo(
        tr("%n order(s) set to %1.", nullptr, int(ids.size())).arg(m_newStatus->currentText()));
    return true;
}

bool OnlineOrdersPage::exportCsvTo(const QString& path, QChar separator) {
    Database& db = m_context.db();
    std::vector<OrderList::Row> rows;
    try {
        const QString zone = CompanyService::require(db).timeZone;
        const std::vector<std::int64_t> ids = selectedOrderIds();
        if (!ids.empty()) {
            rows = OrderList::rows(db, ids);
        } else {
            // What the list shows, read to its end (the view may hold only its first page).
            const OrderList::Filter& filter = m_model->filter();
            OrderList::After after;
            for (;;) {
                std::vector<OrderList::Row> page =
                    OrderList::page(db, filter, rows.empty() ? nullptr : &after, exportPageSize);
                if (page.empty())
                    break;
                after = {page.back().orderMs, page.back().id};
                rows.insert(rows.end(), std::make_move_iterator(page.begin()),
                            std::make_move_iterator(page.end()));
            }
        }
        CsvWriter csv(separator);
        OrderList::writeCsv(csv, rows, QLocale(), zone);
        csv.save(path);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Export CSV"), e.message());
        return false;
    }
    showInfo(tr("%n order(s) saved to %1.", nullptr, int(rows.size()))
                 .arg(QDir::toNativeSeparators(path)));
    return true;
}

void OnlineOrdersPage::chooseAndExport() {
    const QString separator = m_separator->currentData().toString();
    const QDate today = Dates::localDate(m_context.clock().nowMs(),
                                         CompanyService::require(m_context.db()).timeZone);
    const QString name = QStringLiteral("online-orders-%1.csv").arg(Dates::iso(today));
    const QString path =
        m_saveChooser(this, tr("Export orders as CSV"), name, tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !separator.isEmpty())
        exportCsvTo(path, separator.front());
}

void OnlineOrdersPage::openOrder(std::int64_t orderId) {
    if (orderId == 0)
        return;
    try {
        OnlineOrderDialog dialog(m_context, orderId, this);
        connect(&dialog, &OnlineOrderDialog::openCustomerRequested, this,
                &OnlineOrdersPage::openCustomerRequested);
        connect(&dialog, &OnlineOrderDialog::openBookingRequested, this,
                &OnlineOrdersPage::openBookingRequested);
        dialog.exec();
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Online order"), e.message());
    }
    // The editor may have added a status or changed the order.
    reloadStatuses();
    try {
        m_model->reload();
    } catch (const Error& e) {
        showError(e.message());
    }
}

void OnlineOrdersPage::showConfirmation(std::int64_t orderId) {
    if (orderId == 0)
        return;
    try {
        OrderConfirmationDialog dialog(m_context, orderId, this);
        dialog.exec();
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Order confirmation"), e.message());
    }
}

}  // namespace skranke
