#include "ui/widgets/buddylabel.h"

#include <QLabel>

namespace skranke {

QLabel* buddyLabel(const QString& text, QWidget* buddy) {
    auto* label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

}  // namespace skranke
