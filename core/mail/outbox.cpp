#include "core/mail/outbox.h"

#include "core/mail/mailmessage.h"
#include "core/mail/mailsender.h"
#include "core/mail/smtpsettings.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"

#include <exception>

namespace skranke {

namespace {

constexpr std::string_view entryColumns =
    "SELECT id, created_ms, to_address, subject, related_kind, related_id, status, attempts, "
    "last_error, sent_ms FROM mail_outbox ";

Outbox::Entry readEntry(const Statement& st) {
    Outbox::Entry e;
    e.id = st.int64(0);
    e.createdMs = st.int64(1);
    e.to = st.text(2);
    e.subject = st.text(3);
    e.relatedKind = st.text(4);
    e.relatedId = st.optInt64(5).value_or(0);
    e.status = st.text(6);
    e.attempts = int(st.int64(7));
    e.lastError = st.text(8);
    e.sentMs = st.optInt64(9);
    return e;
}

std::vector<Outbox::Entry> readAll(Statement& st) {
    std::vector<Outbox::Entry> out;
    while (st.step())
        out.push_back(readEntry(st));
    return out;
}

}  // namespace

std::int64_t Outbox::enqueue(Database& db, const MailMessage& message, const QDateTime& now,
                             const QString& relatedKind, std::int64_t relatedId) {
    MailMessage m = message;
    if (m.fromAddress.trimmed().isEmpty()) {
        const SmtpSettings s = MailSettings::load(db);
        if (s.fromAddress.isEmpty())
            throw Error::invalid(QStringLiteral("from_address"),
                                 tr("Email is not set up: there is no sender address."));
        m.fromAddress = s.fromAddress;
        m.fromName = s.fromName;
    }
    const QByteArray mime = toMime(m, now, newMessageId(m.fromAddress, now.toMSecsSinceEpoch()));
    Transaction tx(db);
    auto st = db.prepare(
        "INSERT INTO mail_outbox(created_ms, to_address, subject, mime, related_kind, related_id, "
        "status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'queued')");
    st.bindAll(qint64(now.toMSecsSinceEpoch()), m.to.trimmed(), m.subject, mime, relatedKind);
    if (relatedId != 0)
        st.bind(6, qint64(relatedId));
    else
        st.bindNull(6);
    st.run();
    const std::int64_t id = db.lastInsertId();
    tx.commit();
    return id;
}

std::vector<Outbox::Entry> Outbox::list(Database& db, const QString& status) {
    if (status.isEmpty()) {
        auto st = db.prepare(std::string(entryColumns) + "ORDER BY id");
        return readAll(st);
    }
    auto st = db.prepare(std::string(entryColumns) + "WHERE status = ?1 ORDER BY id");
    st.bind(1, status);
    return readAll(st);
}

Outbox::Entry Outbox::find(Database& db, std::int64_t id) {
    auto st = db.prepare(std::string(entryColumns) + "WHERE id = ?1");
    st.bind(1, qint64(id));
    if (!st.step())
        throw Error(ErrorCode::NotFound, tr("There is no message %1 in the outbox.").arg(id));
    return readEntry(st);
}

QByteArray Outbox::mime(Database& db, std::int64_t id) {
    auto st = db.prepare("SELECT mime FROM mail_outbox WHERE id = ?1");
    st.bind(1, qint64(id));
    if (!st.step())
        throw Error(ErrorCode::NotFound, tr("There is no message %1 in the outbox.").arg(id));
    return st.blob(0);
}

std::vector<Outbox::Entry> Outbox::deliver(Database& db, MailSender& sender,
                                           const std::vector<std::int64_t>& ids,
                                           const QDateTime& now) {
    std::vector<Entry> out;
    out.reserve(ids.size());
    for (std::int64_t id : ids)
        out.push_back(deliver(db, sender, id, now));
    return out;
}

Outbox::Entry Outbox::deliver(Database& db, MailSender& sender, std::int64_t id,
                              const QDateTime& now) {
    const Entry entry = find(db, id);
    if (entry.status == QLatin1String("sent"))
        return entry;
    // The network conversation happens outside any transaction, so that a
    // slow server never holds the database's write lock.
    SendResult result;
    try {
        result = sender.sendRaw(entry.to, mime(db, id));
    } catch (const Error& e) {
        result = {false, 1, e.message()};
    } catch (const std::exception& e) {
        result = {false, 1, QString::fromLocal8Bit(e.what())};
    }
    Transaction tx(db);
    auto st = db.prepare(
        "UPDATE mail_outbox SET status = ?2, attempts = attempts + ?3, last_error = ?4, "
        "sent_ms = ?5 WHERE id = ?1");
    st.bindAll(qint64(id), result.sent ? QStringLiteral("sent") : QStringLiteral("failed"),
               result.tries, result.error);
    if (result.sent)
        st.bind(5, qint64(now.toMSecsSinceEpoch()));
    else
        st.bindNull(5);
    st.run();
    tx.commit();
    return find(db, id);
}

std::vector<Outbox::Entry> Outbox::deliverPending(Database& db, MailSender& sender,
                                                  const QDateTime& now, bool includeFailed) {
    std::vector<Entry> pending = list(db, QStringLiteral("queued"));
    if (includeFailed) {
        for (Entry& e : list(db, QStringLiteral("failed")))
            pending.push_back(std::move(e));
        std::sort(pending.begin(), pending.end(),
                  [](const Entry& a, const Entry& b) { return a.id < b.id; });
    }
    std::vector<Entry> done;
    for (const Entry& e : pending)
        done.push_back(deliver(db, sender, e.id, now));
    return done;
}

}  // namespace skranke
