#pragma once

#include "core/dunning/reminderrun.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace skranke {

class AppContext;
class FormErrors;
class MoneyEdit;

// The parameters of a reminder run as a Nordic manager sets them: which
// invoices (level, debtors, to date, respite, till), the reminder (date,
// terms, minimum balance, fee, compensation) and interest.
class ReminderRunForm final : public QWidget {
    Q_OBJECT
public:
    explicit ReminderRunForm(AppContext& context, QWidget* parent = nullptr);
    // Throws Error::invalid naming the field for an amount or rate that is
    // not one; the run itself checks the rest.
    ReminderRun::Params params() const;
    void bindErrors(FormErrors& errors) const;
    // Today's date, the till names and the reference rate, read afresh.
    void refresh();
    // Only these debtors (the order editor's "reminder for this booking").
    void setDebtorRange(std::int64_t from, std::int64_t to);

    QComboBox* levelField() const { return m_level; }
    QDateEdit* toDateField() const { return m_toDate; }
    QSpinBox* respiteField() const { return m_respite; }
    MoneyEdit* feeField() const { return m_fee; }
    QCheckBox* compensationField() const { return m_compensation; }
    QLineEdit* rateField() const { return m_rate; }
    QComboBox* tillField() const { return m_till; }

Q_SIGNALS:
    void changed();

private:
    QWidget* whichInvoices();
    QWidget* theReminder();
    QWidget* theInterest();

    AppContext& m_context;
    QComboBox* m_level;
    QSpinBox* m_from;
    QSpinBox* m_to;
    QDateEdit* m_toDate;
    QSpinBox* m_respite;
    QComboBox* m_till;
    QDateEdit* m_date;
    QSpinBox* m_terms;
    MoneyEdit* m_minBalance;
    MoneyEdit* m_fee;
    QCheckBox* m_compensation;
    QLineEdit* m_rate;
    QComboBox* m_mode;
    MoneyEdit* m_minInterest;
    QLabel* m_reference;
};

}  // namespace skranke
