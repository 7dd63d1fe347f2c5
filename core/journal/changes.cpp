#include "core/journal/changes.h"

namespace skranke {

QJsonObject changedFields(const QJsonObject& before, const QJsonObject& after) {
    QJsonObject changes;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (before.value(it.key()) != it.value())
            changes.insert(it.key(), QJsonObject{{QStringLiteral("from"), before.value(it.key())},
                                                 {QStringLiteral("to"), it.value()}});
    return changes;
}

}  // namespace skranke
