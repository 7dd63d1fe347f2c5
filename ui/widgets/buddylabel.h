#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace skranke {

// A form label whose mnemonic focuses `buddy`. QFormLayout::addRow(text,
// layout) makes a label without a buddy, which shows the "&" instead of
// underlining the letter; rows whose field is a layout take this label.
QLabel* buddyLabel(const QString& text, QWidget* buddy);

}  // namespace skranke
