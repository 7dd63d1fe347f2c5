#pragma once

#include "core/accounting/transfertarget.h"

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <optional>

namespace skranke {

class Clock;
class Database;

// The built-in accounting program, for trying out the transfer without one.
// It keeps its books in table test_accounting_entry of the same file: each
// voucher it receives gets the next entry number (1, 2, 3 …), as an
// accounting program numbers what it books, and the reference "TEST-<n>".
// The same key again is answered with the first entry's reference and books
// nothing. Like a real program it refuses a voucher that does not balance,
// has a line without an account, or comes with a key it booked for another
// voucher. It writes in its own small transaction (a savepoint when the
// caller holds one).
class TestTarget final : public TransferTarget {
    Q_DECLARE_TR_FUNCTIONS(skranke::TestTarget)
public:
    // The clock stamps received_ms; it must outlive the target.
    TestTarget(Database& db, const Clock& clock);

    QString name() const override;
    TransferResult send(const Voucher& voucher, const QString& idempotencyKey) override;

    struct Entry {
        std::int64_t entryNo = 0;
        QString key;
        std::int64_t voucherNumber = 0;
        std::int64_t amountMinor = 0;
        std::int64_t receivedMs = 0;
    };
    static int entryCount(Database& db);
    static std::optional<Entry> entry(Database& db, const QString& idempotencyKey);
    static QString reference(std::int64_t entryNo);  // "TEST-<n>"

private:
    Database& m_db;
    const Clock& m_clock;
};

}  // namespace skranke
