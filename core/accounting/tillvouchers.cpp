// Vouchers of the till: receipts and returns, cash in and out, and the
// difference a Z report counted.

#include "core/accounting/vouchersources.h"

#include "core/store/database.h"
#include "core/store/statement.h"

#include <cstring>
#include <map>

namespace skranke {

namespace {

// The texts on these vouchers, in the company's language.
class Texts final {
public:
    explicit Texts(const VoucherContext& ctx) : m_ctx(ctx) {}
    QString receipt(const QString& till, std::int64_t n) const {
        return text(QT_TRANSLATE_NOOP("skranke::TillVouchers", "Receipt %1-%2")).arg(till).arg(n);
    }
    QString sale() const { return text(QT_TRANSLATE_NOOP("skranke::TillVouchers", "Till sale")); }
    QString ret() const { return text(QT_TRANSLATE_NOOP("skranke::TillVouchers", "Till return")); }
    QString cash(const QString& till, const QString& reason) const {
        return text(QT_TRANSLATE_NOOP("skranke::TillVouchers", "Cash in/out at till %1: %2"))
            .arg(till, reason);
    }
    QString z(const QString& till, std::int64_t n) const {
        return text(QT_TRANSLATE_NOOP("skranke::TillVouchers", "Z report %1-%2")).arg(till).arg(n);
    }
    QString difference() const {
        return text(
            QT_TRANSLATE_NOOP("skranke::TillVouchers", "Cash counted differs from expected"));
    }

private:
    QString text(const char* source) const { return m_ctx.text("skranke::TillVouchers", source); }
    const VoucherContext& m_ctx;
};

const char* tenderRole(const QString& kind) {
    if (kind == QLatin1String("value_card"))
        return MappingRole::ValueCards;
    if (kind == QLatin1String("invoice"))
        return MappingRole::Receivable;
    return MappingRole::Payment;
}

}  // namespace

void VoucherSources::receipts(const VoucherContext& ctx, VoucherSink& out) {
    const Texts texts(ctx);
    auto st = ctx.db.prepare(
        "SELECT r.id, r.kind, r.number, t.ref, r.created_ms, r.total_minor, r.rounding_minor "
        "FROM receipt r JOIN till t ON t.id = r.till_id "
        "WHERE NOT EXISTS (SELECT 1 FROM voucher v WHERE v.source_kind = 'receipt' "
        "AND v.source_id = r.id) ORDER BY r.id");
    auto lines = ctx.db.prepare(
        "SELECT coalesce(c.name, ''), rl.vat_rate, "
        "p.kind = 'value_card' OR EXISTS (SELECT 1 FROM value_card_entry e WHERE "
        "e.receipt_id = rl.receipt_id AND e.line_no = rl.line_no AND e.kind IN ('issue', "
        "'return')), "
        "sum(rl.amount_minor) FROM receipt_line rl "
        "LEFT JOIN product p ON p.id = rl.product_id "
        "LEFT JOIN product_category c ON c.id = p.category_id "
        "WHERE rl.receipt_id = ?1 GROUP BY 1, 2, 3");
    auto vat = ctx.db.prepare("SELECT vat_rate, vat_minor FROM receipt_vat WHERE receipt_id = ?1");
    auto tenders = ctx.db.prepare(
        "SELECT kind, sum(amount_minor) FROM receipt_tender WHERE receipt_id = ?1 "
        "GROUP BY kind ORDER BY abs(sum(amount_minor)) DESC");
    while (st.step()) {
        const std::int64_t id = st.int64(0);
        const bool isReturn = st.text(1) == QLatin1String("return");
        const QString ref = texts.receipt(st.text(3), st.int64(2));
        std::vector<SalePart> parts;
        lines.bind(1, id);
        while (lines.step())
            parts.push_back({lines.text(0), canonicalRate(lines.text(1)), ctx.money(lines.int64(3)),
                             lines.int64(2) != 0});
        QHash<QString, Money> knownVat;
        vat.bind(1, id);
        while (vat.step())
            knownVat.insert(canonicalRate(vat.text(0)), ctx.money(vat.int64(1)));
        QString method;
        std::vector<std::pair<QString, Money>> paid;
        tenders.bind(1, id);
        while (tenders.step()) {
            if (method.isEmpty())
                method = tenders.text(0);
            paid.push_back({tenders.text(0), ctx.money(tenders.int64(1))});
        }
        VoucherBuilder b(ctx, VoucherSource::Receipt, id,
                         isReturn ? VoucherCategory::Refund : VoucherCategory::Sale);
        b.at(ctx.localDate(st.int64(4)), st.int64(4))
            .describe(ref, (isReturn ? texts.ret() : texts.sale()) + QStringLiteral(", ") + ref,
                      method);
        for (const auto& [kind, amount] : paid) {
            const char* role = tenderRole(kind);
            // Only a payment method has a qualifier; debtors and value cards are one account.
            b.add(role, std::strcmp(role, MappingRole::Payment) == 0 ? kind : QString(), amount);
        }
        b.addSale(parts, 1, {}, knownVat);
        b.add(MappingRole::Rounding, {}, -ctx.money(st.int64(6)));
        if (!b.empty())
            out.add(b.finish());
    }
}

void VoucherSources::cashMovements(const VoucherContext& ctx, VoucherSink& out) {
    const Texts texts(ctx);
    auto st = ctx.db.prepare(
        "SELECT m.id, m.amount_minor, m.reason, m.created_ms, t.ref FROM cash_movement m "
        "JOIN till_shift s ON s.id = m.shift_id JOIN till t ON t.id = s.till_id "
        "WHERE NOT EXISTS (SELECT 1 FROM voucher v WHERE v.source_kind = 'cash_movement' "
        "AND v.source_id = m.id) ORDER BY m.id");
    while (st.step()) {
        const Money amount = ctx.money(st.int64(1));
        VoucherBuilder b(ctx, VoucherSource::CashMovement, st.int64(0), VoucherCategory::Other);
        const QString text = texts.cash(st.text(4), st.text(2));
        b.at(ctx.localDate(st.int64(3)), st.int64(3)).describe(text, text, QStringLiteral("cash"));
        b.add(MappingRole::Payment, QStringLiteral("cash"), amount);
        b.add(MappingRole::CashTransfer, {}, -amount);
        out.add(b.finish());
    }
}

void VoucherSources::zDifferences(const VoucherContext& ctx, VoucherSink& out) {
    const Texts texts(ctx);
    auto st = ctx.db.prepare(
        "SELECT s.id, s.closed_ms, s.z_number, t.ref, s.counted_cash_minor - s.expected_cash_minor "
        "FROM till_shift s JOIN till t ON t.id = s.till_id "
        "WHERE s.closed_ms IS NOT NULL AND s.counted_cash_minor <> s.expected_cash_minor "
        "AND NOT EXISTS (SELECT 1 FROM voucher v WHERE v.source_kind = 'z_difference' "
        "AND v.source_id = s.id) ORDER BY s.id");
    while (st.step()) {
        const Money difference = ctx.money(st.int64(4));  // + more cash than expected
        VoucherBuilder b(ctx, VoucherSource::ZDifference, st.int64(0), VoucherCategory::Other);
        const QString ref = texts.z(st.text(3), st.int64(2));
        b.at(ctx.localDate(st.int64(1)), st.int64(1))
            .describe(ref, ref + QStringLiteral(": ") + texts.difference(), QStringLiteral("cash"));
        b.add(MappingRole::Payment, QStringLiteral("cash"), difference);
        b.add(MappingRole::CashDifference, {}, -difference);
        out.add(b.finish());
    }
}

}  // namespace skranke
