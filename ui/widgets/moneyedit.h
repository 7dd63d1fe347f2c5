#pragma once

#include "core/money/money.h"

#include <QLineEdit>

namespace skranke {

// An amount field: typed as the user's locale writes numbers, read exactly.
class MoneyEdit final : public QLineEdit {
    Q_OBJECT
public:
    MoneyEdit(Currency currency, QString field, QWidget* parent = nullptr);
    // Throws Error::invalid(field) when the text is not an amount.
    Money value() const;
    void setValue(const Money& amount);

private:
    Currency m_currency;
    QString m_field;
};

}  // namespace skranke
