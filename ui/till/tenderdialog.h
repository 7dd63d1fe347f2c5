#pragma once

#include "core/till/till.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;

namespace skranke {

class FormErrors;

// Taking payment for a sale, keyboard first: the amount field holds what is
// left to pay; Enter takes it (or what is typed) in cash, F2 by card.
// Several tenders make a split payment; the dialog closes once the sale is
// paid in full.
class TenderDialog final : public QDialog {
    Q_OBJECT
public:
    TenderDialog(const Money& total, std::int64_t cashStepMinor, QWidget* parent = nullptr);
    ~TenderDialog() override;

    const std::vector<TenderInput>& tenders() const { return m_tenders; }
    QLineEdit* amountField() const { return m_amount; }
    QLineEdit* referenceField() const { return m_reference; }
    // Adds a tender for the typed amount (all that is left when empty).
    void takeCash();
    void takeCard();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Money remaining() const;
    std::optional<Money> typedAmount();
    void refresh();

    Money m_total;
    std::int64_t m_cashStep;
    std::vector<TenderInput> m_tenders;
    QLabel* m_totalLabel;
    QLabel* m_paidLabel;
    QLineEdit* m_amount;
    QLineEdit* m_reference;
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
};

}  // namespace skranke
