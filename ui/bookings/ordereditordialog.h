#pragma once

#include "core/booking/booking.h"

#include <QDialog>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace skranke {

class AppContext;
class BookingRowsModel;
class FormErrors;

// The order editor: one booking with its General, Rows, Invoice, Economy and
// Log tabs. A new booking (id 0) is created when it is first saved or gets
// its first row, so closing an untouched editor leaves nothing behind.
class OrderEditorDialog final : public QDialog {
    Q_OBJECT
public:
    OrderEditorDialog(AppContext& context, std::int64_t bookingId, QWidget* parent = nullptr);
    ~OrderEditorDialog() override;

    // A new booking whose first row is prefilled from the schedule (a unit
    // and a period); the row dialog opens at once.
    static OrderEditorDialog* forNewRow(AppContext& context, std::int64_t resourceId,
                                        std::int64_t start, std::int64_t end, QWidget* parent);

    std::int64_t bookingId() const { return m_booking.id; }
    const Booking& booking() const { return m_booking; }
    QTabWidget* tabs() const { return m_tabs; }
    BookingRowsModel* rowsModel() const { return m_rows; }
    QTableView* rowsView() const { return m_rowsView; }
    QTableWidget* invoicesTable() const { return m_invoices; }
    QTableWidget* paymentsTable() const { return m_payments; }
    QTableWidget* economyTable() const { return m_economy; }
    QTableWidget* logTable() const { return m_log; }
    QLineEdit* logLine() const { return m_logLine; }
    QLabel* customerLabel() const { return m_customerLabel; }
    QLabel* errorLabel() const { return m_error; }

    // Saves the General and Invoice tabs; creates the booking when new.
    bool save();
    void setCustomer(std::int64_t customerId);
    void chooseCustomer();
    void newCustomer();
    void editCustomer();
    // Opens the row dialog for a new row (prefilled) or the current row.
    void addRow(const RowInput& prefill);
    void editCurrentRow();
    // Asks for confirmation and the reason (CancelFlow), then cancels.
    void cancelCurrentRow();
    void cancelBooking();
    void generateInvoice();
    void manualPayment();
    void refund();
    void transferPayment();
    void openInvoicePdf(int invoiceRow);
    // Mail-outs: queued in the outbox, then sent at once; a failure leaves
    // the mail waiting in the outbox (Settings → Email).
    void sendSupplierReports();
    void sendLatestInvoice();
    void sendPaymentConfirmation();
    void addLogLine();
    void copyBooking();

Q_SIGNALS:
    void bookingChanged(std::int64_t bookingId);
    void copied(std::int64_t newBookingId);
    // "Generate invoice" on a booking whose invoice is overdue: remind the
    // debtor on the Reminders page.
    void reminderRequested(std::int64_t debtorId);

private:
    QWidget* buildGeneralTab();
    QWidget* buildRowsTab();
    QWidget* buildInvoiceTab();
    QWidget* buildEconomyTab();
    QWidget* buildLogTab();
    void loadForm();
    Booking fromForm() const;
    void refresh();
    void refreshBilling();
    void refreshEconomy();
    void refreshLog();
    bool ensureSaved();

    AppContext& m_context;
    Booking m_booking;
    QTabWidget* m_tabs;
    QLabel* m_title;
    QLabel* m_error;
    std::unique_ptr<FormErrors> m_errors;
    // General
    QLabel* m_meta;
    QLabel* m_customerLabel;
    QPushButton* m_editCustomer;
    QLineEdit* m_tags;
    QLineEdit* m_campaign;
    QLineEdit* m_source;
    QLineEdit* m_referrer;
    QComboBox* m_purpose;
    QPlainTextEdit* m_customerComment;
    QPlainTextEdit* m_internalNote;
    QCheckBox* m_supplierReport;
    QLabel* m_supplierSent;
    // Rows
    BookingRowsModel* m_rows;
    QTableView* m_rowsView;
    QLabel* m_totals;
    // Invoice
    QCheckBox* m_invoiceWanted;
    QComboBox* m_paymentMethod;
    QDateEdit* m_depositDue;
    QDateEdit* m_finalDue;
    QLabel* m_depositInfo;
    QPlainTextEdit* m_invoiceMessage;
    QCheckBox* m_sendInvoice;
    QCheckBox* m_generateInvoice;
    QCheckBox* m_generateReminder;
    QCheckBox* m_settleBooking;
    QCheckBox* m_cancelOnMissing;
    QTableWidget* m_invoices;
    QTableWidget* m_payments;
    // Economy and log
    QTableWidget* m_economy;
    QTableWidget* m_log;
    QLineEdit* m_logLine;
};

}  // namespace skranke
