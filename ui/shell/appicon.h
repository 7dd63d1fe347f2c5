#pragma once

#include <QIcon>

namespace skranke {

// Skranke's icon from the SVG in the resources, or a null icon when Qt has no
// SVG support installed (the windows then simply show no icon).
QIcon appIcon();

}  // namespace skranke
