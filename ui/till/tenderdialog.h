#pragma once

#include "core/till/till.h"

#include <QDialog>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;

namespace skranke {

class FormErrors;

// Taking payment for a sale, keyboard first: the amount field holds what is
// left to pay; Enter takes it (or what is typed) in cash, F2 by card, F3
// from the value card whose number is in the reference field (at most its
// balance), F4 puts the whole sale on the customer's invoice. Several
// tenders make a split payment; the dialog closes once the sale is paid in
// full.
class TenderDialog final : public QDialog {
    Q_OBJECT
public:
    struct Options {
        std::int64_t cashStepMinor = 1;
        // A value card's balance by its number; throws Error naming "tender".
        std::function<Money(const QString&)> valueCardBalance;
        QString invoiceDebtor;  // the debtor's name; empty: no invoice tender
    };
    TenderDialog(const Money& total, Options options, QWidget* parent = nullptr);
    ~TenderDialog() override;

    const std::vector<TenderInput>& tenders() const { return m_tenders; }
    QLineEdit* amountField() const { return m_amount; }
    QLineEdit* referenceField() const { return m_reference; }
    // Adds a tender for the typed amount (all that is left when empty).
    void takeCash();
    void takeCard();
    void takeValueCard();
    void takeInvoice();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Money remaining() const;
    std::optional<Money> typedAmount();
    void refresh();

    Money m_total;
    Options m_options;
    std::vector<TenderInput> m_tenders;
    QLabel* m_totalLabel;
    QLabel* m_paidLabel;
    QLineEdit* m_amount;
    QLineEdit* m_reference;
    QLabel* m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
};

}  // namespace skranke
