// Vouchers of online orders (card captures and refunds) and of the card
// acquirer's payouts.

#include "core/accounting/vouchersources.h"

#include "core/store/database.h"
#include "core/store/statement.h"

namespace skranke {

namespace {

// The texts on these vouchers, in the company's language.
class Texts final {
public:
    explicit Texts(const VoucherContext& ctx) : m_ctx(ctx) {}
    QString order(const QString& id) const {
        return text(QT_TRANSLATE_NOOP("skranke::OrderVouchers", "Order %1")).arg(id);
    }
    QString capture(const QString& id, const QString& customer) const {
        return text(QT_TRANSLATE_NOOP("skranke::OrderVouchers", "Online order %1 captured, %2"))
            .arg(id, customer);
    }
    QString refund(const QString& id, const QString& customer) const {
        return text(QT_TRANSLATE_NOOP("skranke::OrderVouchers", "Online order %1 refunded, %2"))
            .arg(id, customer);
    }
    QString payout(const QString& acquirer, const QString& ref) const {
        return text(QT_TRANSLATE_NOOP("skranke::OrderVouchers", "Payout %1 from %2"))
            .arg(ref, acquirer);
    }

private:
    QString text(const char* source) const { return m_ctx.text("skranke::OrderVouchers", source); }
    const VoucherContext& m_ctx;
};

}  // namespace

std::vector<SalePart> VoucherSources::orderParts(const VoucherContext& ctx, std::int64_t orderId) {
    auto st = ctx.db.prepare(
        "SELECT coalesce(c.name, ''), l.vat_rate, l.kind = 'value_card', sum(l.amount_minor) "
        "FROM web_order_line l LEFT JOIN product p ON p.number = l.item_number AND l.item_number "
        "<> '' "
        "LEFT JOIN product_category c ON c.id = p.category_id "
        "WHERE l.order_id = ?1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
    st.bind(1, orderId);
    std::vector<SalePart> parts;
    while (st.step())
        parts.push_back(
            {st.text(0), canonicalRate(st.text(1)), ctx.money(st.int64(3)), st.int64(2) != 0});
    return parts;
}

void VoucherSources::orderPayments(const VoucherContext& ctx, VoucherSink& out) {
    const Texts texts(ctx);
    auto st = ctx.db.prepare(
        "SELECT po.id, po.kind, po.amount_minor, po.finished_ms, o.id, o.external_id, "
        "o.payment_type, o.customer_name FROM payment_operation po "
        "JOIN web_order o ON o.id = po.order_id "
        "WHERE po.state = 'done' AND po.kind IN ('capture', 'refund') "
        "AND NOT EXISTS (SELECT 1 FROM voucher v WHERE v.source_kind = 'order_' || po.kind "
        "AND v.source_id = po.id) ORDER BY po.id");
    while (st.step()) {
        const bool refund = st.text(1) == QLatin1String("refund");
        const Money amount = ctx.money(st.int64(2));
        const QString method = st.text(6);
        const QString external = st.text(5);
        VoucherBuilder b(ctx, refund ? VoucherSource::OrderRefund : VoucherSource::OrderCapture,
                         st.int64(0), refund ? VoucherCategory::Refund : VoucherCategory::Payment);
        const std::int64_t at = st.int64(3);
        b.at(ctx.localDate(at), at)
            .describe(
                texts.order(external),
                refund ? texts.refund(external, st.text(7)) : texts.capture(external, st.text(7)),
                method);
        const int sign = refund ? -1 : 1;
        b.add(MappingRole::Payment, method, amount * sign);
        b.addSale(scaleParts(orderParts(ctx, st.int64(4)), amount), sign, {});
        out.add(b.finish());
    }
}

void VoucherSources::payouts(const VoucherContext& ctx, VoucherSink& out) {
    const Texts texts(ctx);
    auto st = ctx.db.prepare(
        "SELECT p.id, p.acquirer, p.reference, p.payout_date, p.fee_minor, p.net_minor, "
        "p.imported_ms FROM payout p WHERE NOT EXISTS (SELECT 1 FROM voucher v "
        "WHERE v.source_kind = 'payout' AND v.source_id = p.id) ORDER BY p.id");
    // What each transaction settled: an order's own payment method, else card.
    auto methods = ctx.db.prepare(
        "SELECT coalesce(o.payment_type, 'card'), sum(pl.amount_minor) FROM payout_line pl "
        "LEFT JOIN web_order o ON pl.match_kind = 'order' AND o.id = pl.match_id "
        "WHERE pl.payout_id = ?1 AND pl.kind = 'transaction' GROUP BY 1 ORDER BY 1");
    while (st.step()) {
        VoucherBuilder b(ctx, VoucherSource::Payout, st.int64(0), VoucherCategory::Payout);
        const QString text = texts.payout(st.text(1), st.text(2));
        QString mainMethod;
        methods.bind(1, st.int64(0));
        std::vector<std::pair<QString, Money>> settled;
        while (methods.step()) {
            settled.push_back({methods.text(0), ctx.money(methods.int64(1))});
            if (mainMethod.isEmpty())
                mainMethod = methods.text(0);
        }
        b.at(QDate::fromString(st.text(3), Qt::ISODate), st.int64(6))
            .describe(st.text(2), text, mainMethod);
        b.add(MappingRole::Bank, {}, ctx.money(st.int64(5)));
        b.add(MappingRole::CardFees, {}, ctx.money(st.int64(4)));
        for (const auto& [method, amount] : settled)
            b.add(MappingRole::Payment, method, -amount);
        if (!b.empty())
            out.add(b.finish());
    }
}

}  // namespace skranke
