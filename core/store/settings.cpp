#include "core/store/settings.h"

#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"

#include <QDateTime>

namespace skranke {

std::optional<QString> Settings::get(Database& db, const QString& key) {
    auto st = db.prepare("SELECT value FROM setting WHERE key = ?1");
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

QString Settings::value(Database& db, const QString& key, const QString& fallback) {
    return get(db, key).value_or(fallback);
}

void Settings::set(Database& db, const QString& key, const QString& value) {
    db.prepare(
          "INSERT INTO setting(key, value) VALUES (?1, ?2) "
          "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bindAll(key, value)
        .run();
}

QByteArray Settings::deviceUid(Database& db) {
    const QString key = QStringLiteral("device.uid");
    if (auto existing = get(db, key))
        return Uuid::fromText(*existing);
    Transaction tx(db);
    const QByteArray uid = Uuid::v7(QDateTime::currentMSecsSinceEpoch());
    set(db, key, Uuid::toText(uid));
    tx.commit();
    return uid;
}

}  // namespace skranke
