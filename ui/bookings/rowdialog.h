#pragma once

#include "core/booking/booking.h"
#include "core/catalog/product.h"

#include <QDialog>
#include <functional>
#include <map>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace skranke {

class AppContext;
class FormErrors;
class MoneyEdit;

// Add or edit a booking row: product and unit, period, quantity, guests per
// category, the price the table offers (recomputed as the row changes) or a
// manual one, and the overbooking box for those with the right. Saving goes
// through `save`, so core checks everything and a refusal keeps the form.
class RowDialog final : public QDialog {
    Q_OBJECT
public:
    using Save = std::function<BookingRow(const RowInput&)>;
    // rowId 0: a new row. `siblings`: the booking's other rows, for "part of".
    RowDialog(AppContext& context, std::int64_t rowId, const RowInput& initial,
              std::vector<BookingRow> siblings, Save save, QWidget* parent = nullptr);
    ~RowDialog() override;

    RowInput input() const;  // throws Error::invalid for a bad manual price
    const BookingRow& saved() const { return m_saved; }
    void accept() override;

    QComboBox* productBox() const { return m_product; }
    QDateTimeEdit* arrivalEdit() const { return m_arrival; }
    QDateTimeEdit* departureEdit() const { return m_departure; }
    QSpinBox* quantityBox() const { return m_quantity; }
    QSpinBox* guestBox(const QString& key) const;
    QLabel* offerLabel() const { return m_offer; }
    QCheckBox* manualBox() const { return m_manualOn; }
    MoneyEdit* manualEdit() const { return m_manual; }
    QCheckBox* overbookBox() const { return m_overbook; }
    QLabel* errorLabel() const { return m_error; }
    void showAvailableProducts();

private:
    void productChanged();
    void recompute();
    ProductKind currentKind() const;

    AppContext& m_context;
    std::vector<BookingRow> m_siblings;
    Save m_save;
    BookingRow m_saved;
    std::int64_t m_rowId;
    QComboBox* m_product;
    QComboBox* m_unit;
    QComboBox* m_status;
    QComboBox* m_parent;
    QDateTimeEdit* m_arrival;
    QDateTimeEdit* m_departure;
    QSpinBox* m_quantity;
    QWidget* m_guestBox;
    std::map<QString, QSpinBox*> m_guests;
    QLabel* m_offer;
    QLabel* m_free;
    QCheckBox* m_manualOn;
    MoneyEdit* m_manual;
    QLineEdit* m_text;
    QLineEdit* m_tags;
    QCheckBox* m_overbook;
    QCheckBox* m_recurring;
    QLabel* m_error;
    std::unique_ptr<FormErrors> m_errors;
    bool m_loading = false;
};

}  // namespace skranke
