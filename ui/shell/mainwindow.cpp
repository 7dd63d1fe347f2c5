#include "ui/shell/mainwindow.h"

#include "core/booking/bookingstore.h"
#include "core/booking/recurringrentals.h"
#include "core/company/companyservice.h"
#include "core/invoicing/invoicingsettings.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"
#include "ui/accounting/accountingpage.h"
#include "ui/accounting/transferworker.h"
#include "ui/bookings/billingrundialog.h"
#include "ui/bookings/cancellationlistpage.h"
#include "ui/bookings/ordereditordialog.h"
#include "ui/customers/customerdialog.h"
#include "ui/customers/customerspage.h"
#include "ui/debtors/balancelistpage.h"
#include "ui/debtors/debtoroverviewpage.h"
#include "ui/debtors/settlementpage.h"
#include "ui/dunning/reminderrunpage.h"
#include "ui/invoices/invoiceoverviewpage.h"
#include "ui/orders/onlineorderspage.h"
#include "ui/orders/orderimportwatcher.h"
#include "ui/schedule/schedulepage.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/appicon.h"
#include "ui/shell/invoicingsettingspage.h"
#include "ui/shell/journalpage.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/settingspage.h"
#include "ui/till/tillpage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace skranke {

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent),
      m_context(context),
      m_sidebar(new QListWidget(this)),
      m_pages(new QStackedWidget(this)),
      m_userLabel(new QLabel(this)) {
    const auto company = CompanyService::load(context.db());
    setWindowTitle(company ? tr("Skranke — %1").arg(company->name) : tr("Skranke"));
    setWindowIcon(appIcon());

    m_sidebar->setObjectName(QStringLiteral("navigation"));
    m_sidebar->setFixedWidth(180);
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setSpacing(2);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: #1f3b4d; color: #f4efe6; border: none; "
        "font-size: 11pt; padding-top: 8px; }"
        "QListWidget#navigation::item { padding: 8px; }"
        "QListWidget#navigation::item:selected { background: #2f6f94; color: white; }"));
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* switchAction = file->addAction(tr("&Switch user…"), this, &MainWindow::switchUser);
    switchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    QMenu* bookings = menuBar()->addMenu(tr("&Bookings"));
    bookings->addAction(tr("&New booking…"), QKeySequence(Qt::CTRL | Qt::Key_B), this,
                        &MainWindow::newBooking);
    bookings->addAction(tr("&Open booking…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this,
                        &MainWindow::askAndOpenBooking);
    bookings->addSeparator();
    bookings->addAction(tr("Run &billing…"), this, &MainWindow::runBilling);
    bookings->addAction(tr("Run &long-term rentals…"), this, &MainWindow::runRecurringRentals);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Skranke"), this, [this] {
        QMessageBox::about(this, tr("About Skranke"),
                           tr("<h3>Skranke %1</h3><p>Point of sale and bookings for Nordic front "
                              "desks.</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    auto* dbLabel = new QLabel(tr("Database: %1").arg(context.db().path()), this);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(dbLabel);
    connect(&context, &AppContext::sessionChanged, this, &MainWindow::updateStatus);
    updateStatus();

    const QStyle* s = style();
    addArea(tr("Till"), s->standardIcon(QStyle::SP_DriveHDIcon), new TillPage(context, this));
    auto* schedule = new SchedulePage(context, this);
    addArea(tr("Schedule"), s->standardIcon(QStyle::SP_FileDialogInfoView), schedule);
    connect(schedule, &SchedulePage::openBookingRequested, this, &MainWindow::openBooking);
    connect(
        schedule, &SchedulePage::createBookingRequested, this,
        [this](qint64 resourceId, qint64 start, qint64 end) {
            auto* editor = OrderEditorDialog::forNewRow(m_context, resourceId, start, end, this);
            connect(editor, &OrderEditorDialog::bookingChanged, this, &MainWindow::bookingsChanged);
            editor->open();
        });
    connect(this, &MainWindow::bookingsChanged, schedule, &SchedulePage::reload);
    auto* cancellations = new CancellationListPage(context, this);
    addArea(tr("Cancellations"), s->standardIcon(QStyle::SP_DialogCancelButton), cancellations);
    connect(cancellations, &CancellationListPage::openBookingRequested, this,
            &MainWindow::openBooking);
    connect(this, &MainWindow::bookingsChanged, cancellations, &CancellationListPage::refresh);
    auto* onlineOrders = new OnlineOrdersPage(context, this);
    addArea(tr("Online orders"), s->standardIcon(QStyle::SP_ArrowDown), onlineOrders);
    connect(onlineOrders, &OnlineOrdersPage::openBookingRequested, this, &MainWindow::openBooking);
    connect(onlineOrders, &OnlineOrdersPage::openCustomerRequested, this, [this](qint64 id) {
        CustomerDialog(m_context, id, this).exec();  // the Customers page cannot select one
    });
    auto* orderImport = new OrderImportWatcher(context, this);
    connect(orderImport, &OrderImportWatcher::imported, this,
            [this, onlineOrders](const QStringList& lines) {
                statusBar()->showMessage(lines.join(QStringLiteral(" · ")), 30000);
                onlineOrders->refresh();
            });
    auto* accounting = new AccountingPage(context, this);
    addArea(tr("Accounting"), s->standardIcon(QStyle::SP_DriveNetIcon), accounting);
    // Automatic transfer to accounting while someone is signed in.
    TransferWorker* transferWorker = accounting->transferWorker();
    connect(transferWorker, &TransferWorker::ran, accounting, &AccountingPage::transferRan);
    connect(transferWorker, &TransferWorker::ran, this,
            [this](int transferred, int failed, const QString& stopReason) {
                QStringList parts;
                if (transferred > 0)
                    parts << tr("%n voucher(s) transferred to accounting", nullptr, transferred);
                if (failed > 0)
                    parts << tr("%n voucher(s) failed", nullptr, failed);
                if (!stopReason.isEmpty())
                    parts << tr("Transfer to accounting stopped: %1").arg(stopReason);
                if (!parts.isEmpty())
                    statusBar()->showMessage(parts.join(QStringLiteral(" · ")), 30000);
            });
    connect(&context, &AppContext::sessionChanged, transferWorker, [this, transferWorker] {
        if (m_context.signedIn())
            transferWorker->start();
        else
            transferWorker->stop();
    });
    if (context.signedIn())
        transferWorker->start();
    addArea(tr("Customers"), s->standardIcon(QStyle::SP_DirOpenIcon),
            new CustomersPage(context, this));
    m_invoicingAreas << addArea(tr("Debtors"), s->standardIcon(QStyle::SP_DirHomeIcon),
                                new DebtorOverviewPage(context, this))
                     << addArea(tr("Invoices"), s->standardIcon(QStyle::SP_FileIcon),
                                new InvoiceOverviewPage(context, this))
                     << addArea(tr("Settlement"), s->standardIcon(QStyle::SP_DialogApplyButton),
                                new SettlementPage(context, this))
                     << (m_remindersArea =
                             addArea(tr("Reminders"), s->standardIcon(QStyle::SP_MessageBoxWarning),
                                     m_reminders = new ReminderRunPage(context, this)))
                     << addArea(tr("Balance list"), s->standardIcon(QStyle::SP_FileDialogListView),
                                new BalanceListPage(context, this));
    addArea(tr("Journal"), s->standardIcon(QStyle::SP_FileDialogDetailedView),
            new JournalPage(context, this));
    auto* settingsPage = new SettingsPage(context, this);
    addArea(tr("Settings"), s->standardIcon(QStyle::SP_FileDialogContentsView), settingsPage);
    connect(settingsPage->invoicing(), &InvoicingSettingsPage::invoicingChanged, this,
            &MainWindow::showInvoicing);
    showInvoicing(InvoicingSettings::enabled(context.db()));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainwindow/geometry")).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(QStringLiteral("mainwindow/state")).toByteArray());
}

void MainWindow::openBooking(std::int64_t bookingId) {
    auto* editor = new OrderEditorDialog(m_context, bookingId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &OrderEditorDialog::bookingChanged, this, &MainWindow::bookingsChanged);
    connect(editor, &OrderEditorDialog::copied, this, &MainWindow::openBooking);
    connect(editor, &OrderEditorDialog::reminderRequested, this, [this](std::int64_t debtorId) {
        showArea(m_remindersArea);
        m_reminders->forDebtor(debtorId);
    });
    editor->open();
}

void MainWindow::newBooking() {
    openBooking(0);
}

void MainWindow::askAndOpenBooking() {
    bool ok = false;
    const int id = QInputDialog::getInt(this, tr("Open booking"), tr("Booking ID:"), 1, 1,
                                        std::numeric_limits<int>::max(), 1, &ok);
    if (!ok)
        return;
    if (!BookingStore::find(m_context.db(), id)) {
        QMessageBox::warning(this, tr("Open booking"), tr("There is no booking %1.").arg(id));
        return;
    }
    openBooking(id);
}

void MainWindow::runBilling() {
    BillingRunDialog dialog(m_context, this);
    connect(&dialog, &BillingRunDialog::bookingsChanged, this, &MainWindow::bookingsChanged);
    connect(&dialog, &BillingRunDialog::openBookingRequested, this, &MainWindow::openBooking);
    connect(&dialog, &BillingRunDialog::remindRequested, this, [this](std::int64_t debtorId) {
        showArea(m_remindersArea);
        if (debtorId > 0)
            m_reminders->forDebtor(debtorId);
    });
    dialog.exec();
}

void MainWindow::runRecurringRentals() {
    const QDate today = Dates::localDate(m_context.clock().nowMs(),
                                         CompanyService::require(m_context.db()).timeZone);
    const QDate next = QDate(today.year(), today.month(), 1).addMonths(1);
    bool ok = false;
    const QString month = QInputDialog::getText(
        this, tr("Long-term rentals"),
        tr("Give every running long-term rental its row and invoice for the month (YYYY-MM):"),
        QLineEdit::Normal, next.toString(QStringLiteral("yyyy-MM")), &ok);
    if (!ok)
        return;
    const QDate first = QDate::fromString(month.trimmed() + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid()) {
        QMessageBox::warning(this, tr("Long-term rentals"),
                             tr("\"%1\" is not a month (YYYY-MM).").arg(month));
        return;
    }
    try {
        const auto result =
            RecurringRentals::run(m_context.session(), first.year(), first.month(), today);
        QMessageBox::information(
            this, tr("Long-term rentals"),
            tr("%1: %2 rows and %3 invoices made; %4 rentals had the month already.")
                .arg(first.toString(QStringLiteral("yyyy-MM")))
                .arg(result.rowIds.size())
                .arg(result.invoiceNumbers.size())
                .arg(result.skippedBookings.size()));
        Q_EMIT bookingsChanged();
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Long-term rentals"), e.message());
    }
}

int MainWindow::addArea(const QString& title, const QIcon& icon, QWidget* page) {
    m_sidebar->addItem(new QListWidgetItem(icon, title));
    return m_pages->addWidget(page);
}

void MainWindow::setAreaVisible(int index, bool visible) {
    m_sidebar->item(index)->setHidden(!visible);
}

void MainWindow::showInvoicing(bool on) {
    for (int i : std::as_const(m_invoicingAreas))
        setAreaVisible(i, on);
    // Start on the first visible area.
    for (int i = 0; i < m_sidebar->count(); ++i)
        if (!m_sidebar->item(i)->isHidden()) {
            if (m_sidebar->currentRow() < 0 || m_sidebar->item(m_sidebar->currentRow())->isHidden())
                showArea(i);
            break;
        }
}

QStringList MainWindow::areaTitles() const {
    QStringList out;
    for (int i = 0; i < m_sidebar->count(); ++i)
        if (!m_sidebar->item(i)->isHidden())
            out << m_sidebar->item(i)->text();
    return out;
}

void MainWindow::showArea(int index) {
    m_sidebar->setCurrentRow(index);
}

QWidget* MainWindow::currentPage() const {
    return m_pages->currentWidget();
}

void MainWindow::switchUser() {
    LoginDialog login(m_context, this);
    if (login.exec() == QDialog::Accepted && login.session())
        m_context.setSession(*login.session());
}

void MainWindow::updateStatus() {
    if (!m_context.signedIn()) {
        m_userLabel->setText(tr("Not signed in"));
        return;
    }
    const StaffUser& u = m_context.session().user();
    m_userLabel->setText(
        tr("Signed in as %1 (%2)").arg(u.displayName, roleDisplayName(u.builtInRole, u.roleName)));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // A transfer running now is waited for, never cut off mid-call.
    if (auto* worker = findChild<TransferWorker*>())
        worker->stop();
    QSettings settings;
    settings.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainwindow/state"), saveState());
    QMainWindow::closeEvent(event);
}

}  // namespace skranke
