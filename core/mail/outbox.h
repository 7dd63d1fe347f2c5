#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace skranke {

class Database;
class MailSender;
struct MailMessage;

// Mail waiting to go out, and what became of it. A message is queued as
// finished MIME bytes in the same transaction as the record it belongs to
// (a reminder is created and its email queued, or neither), and delivered
// afterwards; a failed delivery is recorded on the entry, which is kept.
class Outbox final {
    Q_DECLARE_TR_FUNCTIONS(skranke::Outbox)
public:
    struct Entry {
        std::int64_t id = 0;
        std::int64_t createdMs = 0;
        QString to;
        QString subject;
        QString relatedKind;  // "reminder", …; empty when not tied to a record
        std::int64_t relatedId = 0;
        QString status;  // "queued", "sent" or "failed"
        int attempts = 0;
        QString lastError;
        std::optional<std::int64_t> sentMs;
    };

    // Builds the MIME message and queues it; joins the caller's transaction
    // when one is open. A message without a sender gets the configured one.
    // Throws InvalidInput for a bad address.
    static std::int64_t enqueue(Database& db, const MailMessage& message, const QDateTime& now,
                                const QString& relatedKind = {}, std::int64_t relatedId = 0);

    // Oldest first; every status when status is empty.
    static std::vector<Entry> list(Database& db, const QString& status = {});
    // Throws NotFound.
    static Entry find(Database& db, std::int64_t id);
    // The MIME bytes as queued.
    static QByteArray mime(Database& db, std::int64_t id);

    // Sends one entry and records the outcome. Never throws for a delivery
    // failure: the entry comes back "failed" with the error. An entry that
    // was sent already is returned as it is, not sent twice.
    static Entry deliver(Database& db, MailSender& sender, std::int64_t id, const QDateTime& now);
    // The same for several entries, in order.
    static std::vector<Entry> deliver(Database& db, MailSender& sender,
                                      const std::vector<std::int64_t>& ids, const QDateTime& now);
    // Delivers every queued entry, and the failed ones too when asked.
    static std::vector<Entry> deliverPending(Database& db, MailSender& sender, const QDateTime& now,
                                             bool includeFailed);
};

}  // namespace skranke
