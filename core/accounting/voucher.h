#pragma once

#include "core/money/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace skranke {

// Where a voucher is on its way to the accounting program: pending (not yet
// marked for transfer), queued (waiting for the worker), transferred (the
// receiving system has it, with its reference) or failed (with the reason).
enum class VoucherState { Pending, Queued, Transferred, Failed };
enum class FailKind { None, Unreachable, Quota, Mapping, Rejected };
// The accounting pages: Sales, Payments, Refunds, Payouts; Other holds
// write-offs, cash in/out and Z-report differences.
enum class VoucherCategory { Sale, Payment, Refund, Payout, Other };

// One line on an account. Debits are positive, credits negative. role and
// qualifier say what the amount is (see AccountMapping); account is empty
// while the mapping has no account for it.
struct VoucherLine {
    QString role;
    QString qualifier;
    QString account;
    Money amount;
    QString vatRate;  // percent text, on revenue and VAT lines
    QString vatCode;  // the country's VAT code for the rate (VatCodes)
    QString text;
};

// A balanced booking of one posted business event, numbered in its own
// gapless series, referencing its source document.
struct Voucher {
    std::int64_t id = 0;
    QByteArray uid;  // the idempotency key towards every target
    std::int64_t number = 0;
    QDate date;
    QString currency;
    QString sourceKind;  // VoucherSource::…
    std::int64_t sourceId = 0;
    QString sourceRef;  // "Invoice 1042", "Receipt K1-118", "Order WEB-1001"
    VoucherCategory category = VoucherCategory::Other;
    QString method;  // payment method, for the balance report ('' if none)
    QString text;
    Money amount;  // the sum of the debits
    VoucherState state = VoucherState::Pending;
    std::optional<std::int64_t> queuedMs;
    std::optional<std::int64_t> transferredMs;
    QString target;
    QString targetRef;
    FailKind failKind = FailKind::None;
    QString failReason;
    std::optional<std::int64_t> failedMs;
    int attempts = 0;
    std::int64_t createdMs = 0;
    std::vector<VoucherLine> lines;

    Money debits() const;
    Money credits() const;  // positive
    bool balanced() const { return !lines.empty() && debits() == credits(); }
    bool fullyMapped() const;
    QString uidText() const;  // 32 lowercase hex digits
};

namespace VoucherSource {
inline constexpr char Invoice[] = "invoice";
inline constexpr char CreditNote[] = "credit_note";
inline constexpr char Receipt[] = "receipt";
inline constexpr char Payment[] = "payment";  // a debtor payment posting (bank or till)
inline constexpr char WriteOff[] = "write_off";
inline constexpr char ReminderFee[] = "reminder_fee";
inline constexpr char Interest[] = "interest";
inline constexpr char Compensation[] = "compensation";
inline constexpr char OrderCapture[] = "order_capture";  // a done payment_operation
inline constexpr char OrderRefund[] = "order_refund";    // a done payment_operation
inline constexpr char CashMovement[] = "cash_movement";
inline constexpr char ZDifference[] = "z_difference";  // a closed shift
inline constexpr char Payout[] = "payout";
}  // namespace VoucherSource

// Keys as stored, and the words people read.
class VoucherTexts final {
    Q_DECLARE_TR_FUNCTIONS(skranke::VoucherTexts)
public:
    static QString stateKey(VoucherState state);
    static std::optional<VoucherState> stateFromKey(const QString& key);
    static QString stateLabel(VoucherState state);
    static QString failKindKey(FailKind kind);
    static FailKind failKindFromKey(const QString& key);
    static QString failKindLabel(FailKind kind);  // "Target unreachable", "Quota used up", …
    // What is missing (in the reader's language) or what the target answered.
    static QString failDetail(FailKind kind, const QString& storedReason);
    // Why a voucher failed: the kind, then the detail.
    static QString failReasonText(FailKind kind, const QString& storedReason);
    static QString categoryKey(VoucherCategory category);
    static std::optional<VoucherCategory> categoryFromKey(const QString& key);
    static QString categoryLabel(VoucherCategory category);
    static QString sourceLabel(const QString& sourceKind);  // "Invoice", "Till receipt", …
};

}  // namespace skranke
