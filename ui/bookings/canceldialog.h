#pragma once

#include "core/booking/cancellation.h"

#include <QCoreApplication>
#include <QDialog>
#include <memory>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QWidget;

namespace skranke {

class AppContext;
class FormErrors;

// The second step of cancelling, after the confirmation: the reason
// (required), the fee the product's deadlines suggest with a box to waive
// it, and for a row of several units how many to cancel. OK cancels; a
// refusal from core is shown on its field and the dialog stays open.
class CancelDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Target { Row, Booking };
    // units: the units to cancel, 0 for the whole row; with fixedUnits the
    // number cannot be changed (lowering the quantity in the row dialog).
    CancelDialog(AppContext& context, Target target, std::int64_t id, int units, bool allParts,
                 bool fixedUnits, QWidget* parent = nullptr);
    ~CancelDialog() override;

    QLineEdit* reasonEdit() const { return m_reason; }
    QCheckBox* waiveBox() const { return m_waive; }
    QSpinBox* unitsBox() const { return m_units; }
    QLabel* feeLabel() const { return m_fee; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* okButton() const { return m_ok; }
    const std::vector<Cancellation>& done() const { return m_done; }

    // The form as it stands.
    QString reason() const;
    bool waiveFee() const;

    void accept() override;

private:
    void recompute();

    AppContext& m_context;
    Target m_target;
    std::int64_t m_id;
    bool m_allParts;
    bool m_fixedUnits;
    QLabel* m_summary;
    QSpinBox* m_units;
    QLabel* m_fee;
    QCheckBox* m_waive;
    QLineEdit* m_reason;
    QLabel* m_error;
    QPushButton* m_ok;
    std::unique_ptr<FormErrors> m_errors;
    std::vector<Cancellation> m_done;
};

// Cancelling from the schedule, the order editor and its row menu: asks for
// confirmation (and whether to cancel a package's parts too), then for the
// reason; cancels; and when the booking sends supplier reports, queues the
// suppliers' cancellation notices. Returns what was cancelled, empty when
// the user stopped or the cancellation was refused (the refusal is shown).
class CancelFlow final {
    Q_DECLARE_TR_FUNCTIONS(skranke::CancelFlow)
public:
    static std::vector<Cancellation> cancelRow(AppContext& context, std::int64_t rowId,
                                               QWidget* parent);
    static std::vector<Cancellation> cancelBooking(AppContext& context, std::int64_t bookingId,
                                                   QWidget* parent);
    // After a credit note of an invoice a booking generated: asks whether to
    // cancel the booking too, then for the reason.
    static std::vector<Cancellation> offerAfterCredit(AppContext& context,
                                                      std::int64_t creditedInvoiceId,
                                                      QWidget* parent);
    // "Hytte 1: Hytte, 4 personer, 20-03-2026 – 22-03-2026" for messages.
    static QString describeRow(AppContext& context, std::int64_t rowId);

private:
    static void reportToSuppliers(AppContext& context, std::int64_t bookingId,
                                  const std::vector<Cancellation>& done, QWidget* parent);
};

}  // namespace skranke
