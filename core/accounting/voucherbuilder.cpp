#include "core/accounting/voucherbuilder.h"

#include "core/i18n/language.h"
#include "core/money/allocation.h"
#include "core/money/rate.h"
#include "core/money/vatsplit.h"

#include <QDateTime>
#include <QHash>
#include <algorithm>
#include <map>

namespace skranke {

QDate VoucherContext::localDate(std::int64_t ms) const {
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date();
}

QString VoucherContext::text(const char* context, const char* source) const {
    return translateFor(language, context, source);
}

QString VoucherContext::shared(const QString& text) const {
    return *sharedTexts.insert(text);
}

QString VoucherContext::shared(const char* latin1) const {
    auto it = sharedLiterals.constFind(latin1);
    if (it == sharedLiterals.cend())
        it = sharedLiterals.insert(latin1, QString::fromLatin1(latin1));
    return *it;
}

namespace {

// Rates are exact fractions; parsing one is not free, and a year of vouchers
// uses a handful of them. One cache per thread: vouchers are made on the
// transfer worker's thread as well as by the CLI.
const Rate& rateOf(const QString& percent) {
    thread_local QHash<QString, Rate> cache;
    auto it = cache.constFind(percent);
    if (it == cache.constEnd())
        it = cache.insert(percent, Rate::percent(percent, QStringLiteral("vat_rate")));
    return *it;
}

}  // namespace

QString canonicalRate(const QString& rate) {
    if (rate.trimmed().isEmpty())
        return QStringLiteral("0");
    thread_local QHash<QString, QString> cache;  // per thread, as rateOf's
    auto it = cache.constFind(rate);
    if (it != cache.constEnd())
        return *it;
    const QString canonical = Rate::percent(rate, QStringLiteral("vat_rate")).toPercentString();
    cache.insert(rate, canonical);
    return canonical;
}

VoucherBuilder::VoucherBuilder(const VoucherContext& ctx, const char* sourceKind,
                               std::int64_t sourceId, VoucherCategory category)
    : m_ctx(ctx) {
    Voucher& v = m_made.voucher;
    v.sourceKind = ctx.shared(sourceKind);
    v.sourceId = sourceId;
    v.category = category;
    v.currency = ctx.shared(ctx.currency.code());
    v.lines.reserve(4);
    v.amount = Money::zero(ctx.currency);
    v.createdMs = ctx.nowMs;
}

VoucherBuilder& VoucherBuilder::at(const QDate& date, std::int64_t eventMs) {
    m_made.voucher.date = date;
    m_made.eventMs = eventMs;
    return *this;
}

VoucherBuilder& VoucherBuilder::describe(const QString& sourceRef, const QString& text,
                                         const QString& method) {
    m_made.voucher.sourceRef = sourceRef;
    m_made.voucher.text = text;
    m_made.voucher.method = m_ctx.shared(method);
    return *this;
}

void VoucherBuilder::add(const char* role, const QString& qualifier, const Money& amount,
                         const QString& text, const QString& vatRate) {
    if (amount.isZero())
        return;
    VoucherLine line;
    line.role = m_ctx.shared(role);
    line.qualifier = m_ctx.shared(qualifier);
    line.amount = amount;
    line.text = text.isEmpty() ? m_made.voucher.text : text;
    if (!vatRate.isEmpty()) {
        line.vatRate = m_ctx.shared(vatRate);
        line.vatCode = m_ctx.shared(VatCodes::forSale(m_ctx.country, vatRate));
    }
    m_made.voucher.lines.push_back(std::move(line));
}

void VoucherBuilder::addSale(const std::vector<SalePart>& parts, int sign, const QString& text,
                             const QHash<QString, Money>& knownVat) {
    // Per rate: the gross of each group, VAT split once on the rate's sum.
    std::map<QString, std::vector<const SalePart*>> byRate;
    for (const SalePart& p : parts) {
        if (p.valueCard)
            add(MappingRole::ValueCards, {}, -p.gross * sign, text);
        else
            byRate[p.rate].push_back(&p);
    }
    for (const auto& [rate, group] : byRate) {
        Money gross = Money::zero(m_ctx.currency);
        for (const SalePart* p : group)
            gross += p->gross;
        // The document's own VAT when it has one, else split once on the sum.
        const Money vat =
            knownVat.contains(rate) ? knownVat.value(rate) : splitVat(gross, rateOf(rate)).vat;
        if (group.size() == 1) {
            add(MappingRole::Revenue, group[0]->group + QLatin1Char('|') + rate,
                -(group[0]->gross - vat) * sign, text, rate);
        } else {
            // The VAT is shared over the groups by their gross (exactly).
            std::vector<std::int64_t> weights;
            bool anyWeight = false;
            for (const SalePart* p : group) {
                weights.push_back(p->gross.minor() < 0 ? -p->gross.minor() : p->gross.minor());
                anyWeight = anyWeight || weights.back() > 0;
            }
            const std::vector<Money> vatShares =
                anyWeight ? allocate(vat, weights) : std::vector<Money>();
            for (std::size_t i = 0; i < group.size(); ++i) {
                const Money share = vatShares.empty() ? Money::zero(m_ctx.currency) : vatShares[i];
                add(MappingRole::Revenue, group[i]->group + QLatin1Char('|') + rate,
                    -(group[i]->gross - share) * sign, text, rate);
            }
        }
        add(MappingRole::Vat, rate, -vat * sign, text, rate);
    }
}

bool VoucherBuilder::empty() const {
    return m_made.voucher.lines.empty();
}

QString resolveAccounts(const AccountResolver& resolver, Voucher& v) {
    std::vector<MappingEntry> missing;
    for (VoucherLine& line : v.lines) {
        const auto account = resolver.resolve(line.role, line.qualifier);
        line.account = account.value_or(QString());
        const bool known = std::any_of(missing.begin(), missing.end(), [&](const MappingEntry& m) {
            return m.role == line.role && m.qualifier == line.qualifier;
        });
        if (!account && !known)
            missing.push_back({line.role, line.qualifier, {}});
    }
    return AccountMapping::encodeMissing(missing);
}

void settleVoucher(const AccountResolver& resolver, const AccountingSettings& settings,
                   std::int64_t nowMs, Voucher& v) {
    v.state = VoucherState::Pending;
    v.failKind = FailKind::None;
    v.failReason.clear();
    v.failedMs.reset();
    v.queuedMs.reset();
    const QString missing = resolveAccounts(resolver, v);
    if (!missing.isEmpty()) {
        v.state = VoucherState::Failed;
        v.failKind = FailKind::Mapping;
        v.failReason = missing;  // the kind says it is a missing mapping
        v.failedMs = nowMs;
    } else if (settings.autoQueues(v.date)) {
        v.state = VoucherState::Queued;
        v.queuedMs = nowMs;
    }
}

MadeVoucher VoucherBuilder::finish() {
    Voucher& v = m_made.voucher;
    v.amount = v.debits();
    settleVoucher(m_ctx.resolver, m_ctx.settings, m_ctx.nowMs, v);
    return std::move(m_made);
}

std::vector<SalePart> scaleParts(const std::vector<SalePart>& parts, const Money& amount) {
    std::vector<std::int64_t> weights;
    for (const SalePart& p : parts)
        weights.push_back(p.gross.minor() < 0 ? 0 : p.gross.minor());
    bool any = false;
    for (std::int64_t w : weights)
        any = any || w > 0;
    std::vector<SalePart> out = parts;
    if (!any) {
        // Nothing to weigh by (every line 0): the amount is revenue at 0 %.
        out = {SalePart{QString(), QStringLiteral("0"), amount, false}};
        return out;
    }
    const std::vector<Money> shares = allocate(amount, weights);
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i].gross = shares[i];
    return out;
}

}  // namespace skranke
