#include "core/accounting/voucher.h"

#include "core/accounting/accountmapping.h"

#include <QMetaType>
#include <array>
#include <utility>

namespace skranke {

namespace {

template <typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char*>, N>& keys, E value) {
    for (const auto& [e, key] : keys)
        if (e == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromKey(const std::array<std::pair<E, const char*>, N>& keys, const QString& key) {
    for (const auto& [e, k] : keys)
        if (key == QLatin1String(k))
            return e;
    return std::nullopt;
}

constexpr std::array stateKeys{
    std::pair{VoucherState::Pending, "pending"}, std::pair{VoucherState::Queued, "queued"},
    std::pair{VoucherState::Transferred, "transferred"}, std::pair{VoucherState::Failed, "failed"}};
constexpr std::array failKeys{
    std::pair{FailKind::None, ""}, std::pair{FailKind::Unreachable, "unreachable"},
    std::pair{FailKind::Quota, "quota"}, std::pair{FailKind::Mapping, "mapping"},
    std::pair{FailKind::Rejected, "rejected"}};
constexpr std::array categoryKeys{
    std::pair{VoucherCategory::Sale, "sale"}, std::pair{VoucherCategory::Payment, "payment"},
    std::pair{VoucherCategory::Refund, "refund"}, std::pair{VoucherCategory::Payout, "payout"},
    std::pair{VoucherCategory::Other, "other"}};

}  // namespace

Money Voucher::debits() const {
    Money sum = Money::zero(Currency::fromCode(currency));
    for (const VoucherLine& l : lines)
        if (l.amount.isPositive())
            sum += l.amount;
    return sum;
}

Money Voucher::credits() const {
    Money sum = Money::zero(Currency::fromCode(currency));
    for (const VoucherLine& l : lines)
        if (l.amount.isNegative())
            sum -= l.amount;
    return sum;
}

bool Voucher::fullyMapped() const {
    for (const VoucherLine& l : lines)
        if (l.account.isEmpty())
            return false;
    return true;
}

QString Voucher::uidText() const {
    return QString::fromLatin1(uid.toHex());
}

QString VoucherTexts::stateKey(VoucherState state) {
    return keyOf(stateKeys, state);
}

std::optional<VoucherState> VoucherTexts::stateFromKey(const QString& key) {
    return fromKey(stateKeys, key);
}

QString VoucherTexts::stateLabel(VoucherState state) {
    switch (state) {
        case VoucherState::Pending:
            return tr("Pending");
        case VoucherState::Queued:
            return tr("Queued");
        case VoucherState::Transferred:
            return tr("Transferred");
        case VoucherState::Failed:
            return tr("Failed");
    }
    return {};
}

QString VoucherTexts::failKindKey(FailKind kind) {
    return keyOf(failKeys, kind);
}

FailKind VoucherTexts::failKindFromKey(const QString& key) {
    return fromKey(failKeys, key).value_or(FailKind::None);
}

QString VoucherTexts::failKindLabel(FailKind kind) {
    switch (kind) {
        case FailKind::None:
            return {};
        case FailKind::Unreachable:
            return tr("Target unreachable");
        case FailKind::Quota:
            return tr("Quota used up");
        case FailKind::Mapping:
            return tr("Missing mapping");
        case FailKind::Rejected:
            return tr("Rejected");
    }
    return {};
}

QString VoucherTexts::failDetail(FailKind kind, const QString& storedReason) {
    return (kind == FailKind::Mapping ? AccountMapping::describeMissing(storedReason)
                                      : storedReason)
        .trimmed();
}

QString VoucherTexts::failReasonText(FailKind kind, const QString& storedReason) {
    const QString label = failKindLabel(kind);
    const QString what = failDetail(kind, storedReason);
    if (what.isEmpty())
        return label;
    if (label.isEmpty() || what.startsWith(label))
        return what;
    return tr("%1: %2").arg(label, what);
}

QString VoucherTexts::categoryKey(VoucherCategory category) {
    return keyOf(categoryKeys, category);
}

std::optional<VoucherCategory> VoucherTexts::categoryFromKey(const QString& key) {
    return fromKey(categoryKeys, key);
}

QString VoucherTexts::categoryLabel(VoucherCategory category) {
    switch (category) {
        case VoucherCategory::Sale:
            return tr("Sales");
        case VoucherCategory::Payment:
            return tr("Payments");
        case VoucherCategory::Refund:
            return tr("Refunds");
        case VoucherCategory::Payout:
            return tr("Payouts");
        case VoucherCategory::Other:
            return tr("Other");
    }
    return {};
}

QString VoucherTexts::sourceLabel(const QString& kind) {
    using namespace VoucherSource;
    if (kind == QLatin1String(Invoice))
        return tr("Invoice");
    if (kind == QLatin1String(CreditNote))
        return tr("Credit note");
    if (kind == QLatin1String(Receipt))
        return tr("Till receipt");
    if (kind == QLatin1String(Payment))
        return tr("Debtor payment");
    if (kind == QLatin1String(WriteOff))
        return tr("Write-off");
    if (kind == QLatin1String(ReminderFee))
        return tr("Reminder fee");
    if (kind == QLatin1String(Interest))
        return tr("Interest");
    if (kind == QLatin1String(Compensation))
        return tr("Compensation");
    if (kind == QLatin1String(OrderCapture))
        return tr("Online order capture");
    if (kind == QLatin1String(OrderRefund))
        return tr("Online order refund");
    if (kind == QLatin1String(CashMovement))
        return tr("Cash in/out");
    if (kind == QLatin1String(ZDifference))
        return tr("Z-report difference");
    if (kind == QLatin1String(Payout))
        return tr("Payout");
    return kind;
}

}  // namespace skranke
