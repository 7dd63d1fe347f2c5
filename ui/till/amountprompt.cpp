#include "ui/till/amountprompt.h"

#include "core/store/error.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>

namespace skranke {

std::optional<Money> askAmount(QWidget* parent, const QString& title, const QString& label,
                               const Currency& currency, QString& error) {
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, {}, &ok);
    if (!ok)
        return std::nullopt;
    try {
        return Money::parse(text.trimmed(), currency, QLocale());
    } catch (const Error& e) {
        error = e.message();
        return std::nullopt;
    }
}

}  // namespace skranke
