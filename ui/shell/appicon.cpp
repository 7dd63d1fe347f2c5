#include "ui/shell/appicon.h"

#include <QImageReader>

namespace skranke {

QIcon appIcon() {
    static const bool svg = QImageReader::supportedImageFormats().contains("svg");
    return svg ? QIcon(QStringLiteral(":/skranke/icons/skranke.svg")) : QIcon();
}

}  // namespace skranke
