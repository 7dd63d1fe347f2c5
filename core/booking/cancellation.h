#pragma once

#include "core/money/money.h"
#include "core/money/rate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <vector>

namespace skranke {

class Database;
class Session;
class Statement;

// One term of a product's cancellation rules: cancelling fewer than
// daysBefore days before arrival costs this share of the price.
struct CancellationRule {
    int daysBefore = 1;
    Rate fee;  // 0 … 1
    bool operator==(const CancellationRule&) const = default;
};

// A cancellation as recorded on the booking: never deleted or changed.
struct Cancellation {
    std::int64_t id = 0;
    QByteArray uid;
    std::int64_t bookingId = 0;
    std::int64_t rowId = 0;
    std::int64_t productId = 0;
    std::int64_t start = 0;  // booking minutes, the period as it stood
    std::int64_t end = 0;
    int quantity = 1;  // units cancelled
    QString reason;
    Money suggestedFee;    // from the product's rules
    Money fee;             // charged; less than suggested only when waived
    QString waivedBy;      // login of who waived it, or empty
    bool debited = false;  // a billed row cancelled anyway: the purchase stands
    std::int64_t cancelledMs = 0;
    QString cancelledBy;
    std::int64_t invoiceId = 0;  // the invoice that billed the fee, 0: not yet
};

// Products' cancellation terms, e.g. free until 14 days before arrival,
// 50 % until 3 days before, 100 % after.
class CancellationRules final {
    Q_DECLARE_TR_FUNCTIONS(skranke::CancellationRules)
public:
    // The product's rules, the longest deadline first.
    static std::vector<CancellationRule> of(Database& db, std::int64_t productId);
    // Replaces the product's rules (journaled on the product).
    static void set(const Session& session, std::int64_t productId,
                    std::vector<CancellationRule> rules);
    // The share of the price a cancellation on `day` of a stay arriving on
    // `arrival` costs: the rule with the shortest deadline that the days
    // left (arrival − day, negative after arrival) fall short of.
    static Rate feeShare(const std::vector<CancellationRule>& rules, const QDate& arrival,
                         const QDate& day);
    // "14:50, 3:100" ⇄ rules; throws Error::invalid(field) on bad text.
    static std::vector<CancellationRule> parse(const QString& text,
                                               const QString& field = QStringLiteral("rules"));
    static QString format(const std::vector<CancellationRule>& rules);
    // "Free until 14 days before arrival, 50 % until 3 days before, 100 % after".
    static QString describe(const std::vector<CancellationRule>& rules);

private:
    static void check(std::vector<CancellationRule>& rules, const QString& field);
};

// Reading recorded cancellations.
class CancellationStore final {
public:
    static std::vector<Cancellation> ofBooking(Database& db, std::int64_t bookingId);
    // Charged fees not billed yet, oldest first.
    static std::vector<Cancellation> feesToBill(Database& db, std::int64_t bookingId);
    static void markBilled(Database& db, std::int64_t cancellationId, std::int64_t invoiceId);

    static const char* const select;  // columns read() reads, ending in FROM booking_cancellation c
    static Cancellation read(const Statement& st, int first = 0);
    static constexpr int columns = 17;
};

}  // namespace skranke
