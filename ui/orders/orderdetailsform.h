#pragma once

#include "core/orders/order.h"

#include <QDateTime>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace skranke {

class AppContext;
class FormErrors;

// The Order tab of the online order editor: status, payment type, the paid
// and fulfilled flags, date, customer, comments and both addresses. Save
// calls OrderService::edit; a refused field is marked and the input kept.
class OrderDetailsForm final : public QWidget {
    Q_OBJECT
public:
    struct AddressFields {
        QLineEdit* name = nullptr;
        QLineEdit* street = nullptr;
        QLineEdit* postcode = nullptr;
        QLineEdit* city = nullptr;
        QLineEdit* country = nullptr;
        QLineEdit* phone = nullptr;
        QLineEdit* email = nullptr;
    };

    explicit OrderDetailsForm(AppContext& context, QWidget* parent = nullptr);
    ~OrderDetailsForm() override;

    // Shows the order in every field (what was typed is replaced).
    void load(const Order& order);
    // The payment moved: only the paid flag follows, typed input stays.
    void paymentChanged(const Order& order);
    // The order as the fields say, on top of the last loaded one.
    Order edited() const;
    bool save();
    void copyBillingToDelivery();

    QComboBox* statusBox() const { return m_status; }
    QComboBox* paymentTypeBox() const { return m_paymentType; }
    QCheckBox* paidBox() const { return m_paid; }
    QCheckBox* fulfilledBox() const { return m_fulfilled; }
    QDateTimeEdit* dateEdit() const { return m_date; }
    QLineEdit* customerNameEdit() const { return m_customerName; }
    QLineEdit* customerEmailEdit() const { return m_customerEmail; }
    QLabel* linksLabel() const { return m_links; }
    QPlainTextEdit* internalCommentEdit() const { return m_internal; }
    const AddressFields& billing() const { return m_billing; }
    const AddressFields& delivery() const { return m_delivery; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* saveButton() const { return m_save; }

Q_SIGNALS:
    void saved(const skranke::Order& order);
    void openCustomerRequested(qint64 customerId);
    void openBookingRequested(qint64 bookingId);

private:
    QGroupBox* buildAddress(const QString& title, AddressFields& fields);
    void followLink(const QString& link);
    void updatePaidBox();

    AppContext& m_context;
    Order m_order;
    QDateTime m_loadedDate;  // as shown, to keep the stored seconds when untouched
    QComboBox* m_status;
    QComboBox* m_paymentType;
    QCheckBox* m_paid;
    QCheckBox* m_fulfilled;
    QDateTimeEdit* m_date;
    QLineEdit* m_customerName;
    QLineEdit* m_customerEmail;
    QLabel* m_links;
    QLabel* m_customerComment;
    QPlainTextEdit* m_internal;
    AddressFields m_billing;
    AddressFields m_delivery;
    QLabel* m_error;
    QPushButton* m_save;
    std::unique_ptr<FormErrors> m_errors;
};

}  // namespace skranke
