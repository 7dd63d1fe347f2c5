#include "core/auth/authenticator.h"

#include "core/auth/secrethasher.h"
#include "core/auth/userservice.h"
#include "core/journal/journal.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"
#include "core/time/clock.h"

namespace skranke {

namespace {

QString minutesLeft(std::int64_t ms) {
    const std::int64_t minutes = (ms + 59'999) / 60'000;
    return QCoreApplication::translate("skranke::Authenticator", "%1 min").arg(minutes);
}

}  // namespace

Session Authenticator::login(Database& db, const Clock& clock, const QString& login,
                             const QString& secret) {
    const std::int64_t now = clock.nowMs();
    auto user = UserService::find(db, login.trimmed());
    if (!user || !user->active)
        throw Error(ErrorCode::InvalidInput, tr("There is no active user \"%1\".").arg(login),
                    QStringLiteral("user"));
    if (user->lockedUntilMs > now)
        throw Error(ErrorCode::Locked,
                    tr("%1 is locked after %2 wrong attempts. Try again in %3.")
                        .arg(user->displayName)
                        .arg(MaxFailedAttempts)
                        .arg(minutesLeft(user->lockedUntilMs - now)),
                    QStringLiteral("pin"));

    QString stored;
    std::int64_t failed = 0;
    {
        // Read and let go before the transaction: a statement still open
        // holds a read snapshot, and SQLite refuses at once (without waiting
        // for the lock) to make a write transaction of a snapshot another
        // connection has committed after, such as the transfer worker
        // writing vouchers.
        auto hash = db.prepare("SELECT secret_hash, failed_attempts FROM staff_user WHERE id = ?1");
        hash.bind(1, user->id);
        hash.step();
        stored = hash.text(0);
        failed = hash.int64(1);
    }
    const QByteArray device = Settings::deviceUid(db);
    const JournalActor actor{user->uid, user->login, device};

    Transaction tx(db);
    if (!SecretHasher::verify(stored, secret)) {
        const bool lock = failed + 1 >= MaxFailedAttempts;
        db.prepare("UPDATE staff_user SET failed_attempts = ?1, locked_until_ms = ?2 WHERE id = ?3")
            .bindAll(lock ? std::int64_t{0} : failed + 1, lock ? now + LockoutMs : std::int64_t{0},
                     user->id)
            .run();
        Journal::append(db, now, actor, QStringLiteral("staff_user"), user->uid,
                        lock ? QStringLiteral("locked") : QStringLiteral("login_failed"),
                        {{QStringLiteral("attempt"), QJsonValue(qint64(failed + 1))}});
        tx.commit();
        const QString what =
            user->secretKind == SecretKind::Pin ? tr("Wrong PIN.") : tr("Wrong password.");
        if (lock)
            throw Error(ErrorCode::Locked,
                        tr("%1 %2 is now locked for 5 minutes.").arg(what, user->displayName),
                        QStringLiteral("pin"));
        throw Error(ErrorCode::InvalidInput,
                    tr("%1 Attempts left before the user is locked: %2.")
                        .arg(what)
                        .arg(MaxFailedAttempts - failed - 1),
                    QStringLiteral("pin"));
    }
    if (failed != 0 || user->lockedUntilMs != 0)
        db.prepare("UPDATE staff_user SET failed_attempts = 0, locked_until_ms = 0 WHERE id = ?1")
            .bind(1, user->id)
            .run();
    Journal::append(db, now, actor, QStringLiteral("staff_user"), user->uid,
                    QStringLiteral("login"), {});
    tx.commit();
    return Session(db, clock, *user, UserService::rightsOf(db, *user), device);
}

}  // namespace skranke
