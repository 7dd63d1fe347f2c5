#pragma once

#include <QJsonObject>

namespace skranke {

// What an edit changed, for its journal entry: for each key whose value
// differs, {"from": before, "to": after}. Empty when nothing changed.
QJsonObject changedFields(const QJsonObject& before, const QJsonObject& after);

}  // namespace skranke
