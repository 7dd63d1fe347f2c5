#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cstdint>

namespace skranke {

enum class SecretKind { Pin, Password };

struct StaffUser {
    std::int64_t id = 0;
    QByteArray uid;
    QString login;
    QString displayName;
    std::int64_t roleId = 0;
    QString roleName;
    QString builtInRole;  // "owner", "manager", "front_desk" or empty
    SecretKind secretKind = SecretKind::Pin;
    bool active = true;
    std::int64_t lockedUntilMs = 0;
};

// The name to show for a role: built-in roles in the user's language.
QString roleDisplayName(const QString& builtInKey, const QString& storedName);

struct Role {
    std::int64_t id = 0;
    QString name;
    QString builtIn;
    QStringList rights;
};

}  // namespace skranke
