#pragma once

#include "core/money/money.h"

#include <QString>
#include <optional>

class QWidget;

namespace skranke {

// Asks for an amount in a small dialog; nullopt when cancelled or when the
// text is not an amount (then `error` says why).
std::optional<Money> askAmount(QWidget* parent, const QString& title, const QString& label,
                               const Currency& currency, QString& error);

}  // namespace skranke
