#include "ui/widgets/moneyedit.h"

namespace skranke {

MoneyEdit::MoneyEdit(Currency currency, QString field, QWidget* parent)
    : QLineEdit(parent), m_currency(currency), m_field(std::move(field)) {
    setAlignment(Qt::AlignRight);
    setPlaceholderText(Money::zero(currency).format(QLocale(), true));
}

Money MoneyEdit::value() const {
    return Money::parse(text(), m_currency, QLocale(), m_field);
}

void MoneyEdit::setValue(const Money& amount) {
    setText(amount.format(QLocale(), true));
}

}  // namespace skranke
