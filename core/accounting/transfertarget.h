#pragma once

#include "core/accounting/voucher.h"

#include <QString>
#include <memory>

namespace skranke {

class Database;
struct AccountingSettings;

// What the receiving system answered. A duplicate (the key was seen before)
// counts as transferred, with the reference it gave the first time.
struct TransferResult {
    bool transferred = false;
    QString reference;  // the receiving system's voucher id
    FailKind failKind = FailKind::None;
    QString message;  // why it failed, for the Failed page

    static TransferResult ok(const QString& reference) {
        return {true, reference, FailKind::None, {}};
    }
    static TransferResult failed(FailKind kind, const QString& message) {
        return {false, {}, kind, message};
    }
};

// An accounting program that takes vouchers one at a time. The key is the
// voucher's uid (32 hex digits): sending the same voucher again must never
// book it twice.
class TransferTarget {
public:
    virtual ~TransferTarget() = default;
    virtual QString name() const = 0;
    virtual TransferResult send(const Voucher& voucher, const QString& idempotencyKey) = 0;
};

class TransferTargets final {
public:
    // "test" or "rest" as set up; nullptr for "" (no target).
    static std::unique_ptr<TransferTarget> make(Database& db, const AccountingSettings& settings);
    static QStringList names();  // test, rest
};

}  // namespace skranke
