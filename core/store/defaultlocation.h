#pragma once

#include <QString>

namespace skranke {

// Where the database lives when no --db is given: the XDG data directory
// ($XDG_DATA_HOME/skranke/skranke.sqlite, usually ~/.local/share/skranke/).
// The GUI and the CLI share it, whatever their application names.
QString defaultDatabasePath();

}  // namespace skranke
