#pragma once

#include "core/accounting/voucher.h"

#include <QDate>
#include <QString>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace skranke {

class Database;

struct VoucherFilter {
    QDate from;  // voucher date, inclusive; invalid = open
    QDate to;
    std::optional<VoucherCategory> category;
    std::optional<VoucherState> state;
    QString text;  // in the text, the source reference or the number
};

// Vouchers in SQL. The caller holds the transaction.
class VoucherStore final {
public:
    // Takes the next number of the gapless "voucher" series, a fresh uid,
    // and writes the voucher and its lines; sets v.id, v.uid and v.number.
    static void insert(Database& db, Voucher& v);
    // The same for many, numbered in the order given; the series is read
    // and advanced once for all of them (a year of vouchers is one batch).
    static void insertAll(Database& db, const std::vector<Voucher*>& vouchers);
    // The number the next voucher gets.
    static std::int64_t nextNumber(Database& db);

    static std::optional<Voucher> load(Database& db, std::int64_t id);
    static Voucher require(Database& db, std::int64_t id);  // NotFound
    static std::optional<Voucher> byNumber(Database& db, std::int64_t number);

    // Without lines, in voucher number order, numbers above afterNumber.
    static std::vector<Voucher> list(Database& db, const VoucherFilter& filter,
                                     std::int64_t afterNumber = 0, int limit = 200);
    static std::int64_t count(Database& db, const VoucherFilter& filter);
    // With lines, dated from..to, by date and number: the journal of the
    // exports (in the order of the date index, which a year needs). Only
    // what an export uses is read: the number, date, currency, document,
    // category, text, amount, when it was made and the lines.
    static std::vector<Voucher> withLines(Database& db, const QDate& from, const QDate& to);
    // The same one voucher at a time, none of them kept (a year of them).
    static void forEachWithLines(Database& db, const QDate& from, const QDate& to,
                                 const std::function<void(const Voucher&)>& visit);

    // The lowest-numbered queued voucher, with its lines.
    static std::optional<Voucher> nextQueued(Database& db);

    static void markQueued(Database& db, std::int64_t id, std::int64_t atMs);
    static void markTransferred(Database& db, std::int64_t id, std::int64_t atMs,
                                const QString& target, const QString& reference);
    static void markFailed(Database& db, std::int64_t id, std::int64_t atMs, FailKind kind,
                           const QString& reason);
    static void countAttempt(Database& db, std::int64_t id);
    // Writes the lines' accounts (where the mapping gave one).
    static void saveAccounts(Database& db, const Voucher& v);
};

}  // namespace skranke
