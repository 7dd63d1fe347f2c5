// Vouchers of the debtor ledger: invoices and credit notes, payments,
// write-offs, reminder fees, interest and compensation.

#include "core/accounting/vouchersources.h"

#include "core/accounting/voucherorder.h"
#include "core/store/database.h"
#include "core/store/statement.h"

#include <optional>

namespace skranke {

namespace {

// The texts on these vouchers, in the company's language.
class Texts final {
public:
    explicit Texts(const VoucherContext& ctx) : m_ctx(ctx) {}
    QString invoice(std::int64_t n) const {
        return text(QT_TRANSLATE_NOOP("skranke::DocumentVouchers", "Invoice %1")).arg(n);
    }
    QString creditNote(std::int64_t n) const {
        return text(QT_TRANSLATE_NOOP("skranke::DocumentVouchers", "Credit note %1")).arg(n);
    }
    QString payment() const {
        return text(QT_TRANSLATE_NOOP("skranke::DocumentVouchers", "Payment"));
    }
    QString paidByOrder(const QString& order) const {
        return text(QT_TRANSLATE_NOOP("skranke::DocumentVouchers",
                                      "Paid by the card capture of online order %1"))
            .arg(order);
    }
    QString text(const char* source) const {
        return m_ctx.text("skranke::DocumentVouchers", source);
    }

private:
    const VoucherContext& m_ctx;
};

// A debtor-ledger posting that is neither an invoice nor a payment: which
// account takes its other side.
struct LedgerEvent {
    const char* kind;
    const char* role;
    const char* source;
    VoucherCategory category;
    const char* label;  // for Texts::text
};

const LedgerEvent& ledgerEvent(const QString& kind) {
    static const LedgerEvent events[] = {
        {"write_off", MappingRole::WriteOff, VoucherSource::WriteOff, VoucherCategory::Other,
         QT_TRANSLATE_NOOP("skranke::DocumentVouchers", "Write-off")},
        {"reminder_fee", MappingRole::ReminderFees, VoucherSource::ReminderFee,
         VoucherCategory::Sale, QT_TRANSLATE_NOOP("skranke::DocumentVouchers", "Reminder fee")},
        {"interest", MappingRole::Interest, VoucherSource::Interest, VoucherCategory::Sale,
         QT_TRANSLATE_NOOP("skranke::DocumentVouchers", "Interest")},
        {"compensation", MappingRole::Compensation, VoucherSource::Compensation,
         VoucherCategory::Sale, QT_TRANSLATE_NOOP("skranke::DocumentVouchers", "Compensation")},
    };
    for (const LedgerEvent& e : events)
        if (kind == QLatin1String(e.kind))
            return e;
    return events[0];  // the query selects no other kinds
}

constexpr char kDebtorName[] = "CASE WHEN d.company_name <> '' THEN d.company_name ELSE d.name END";

QDate isoDate(const QString& text) {
    return QDate::fromString(text, Qt::ISODate);
}

}  // namespace

void VoucherSources::invoices(const VoucherContext& ctx, VoucherSink& out) {
    // One query, the invoice's VAT lines joined in (a year can be 400,000
    // invoices: a query for each would cost more than the vouchers), in the
    // order they are numbered in.
    auto st = ctx.db.prepare(
        std::string("SELECT i.id, i.kind, i.number, i.invoice_date, i.total_minor, i.posted_ms, ") +
        kDebtorName +
        ", iv.vat_rate, iv.base_minor, iv.vat_minor "
        "FROM invoice i JOIN debtor d ON d.id = i.debtor_id "
        "LEFT JOIN invoice_vat iv ON iv.invoice_id = i.id "
        "WHERE i.status = 'posted' "
        "AND NOT EXISTS (SELECT 1 FROM voucher v WHERE v.source_kind = i.kind AND v.source_id = "
        "i.id) "
        "AND NOT EXISTS (SELECT 1 FROM receipt_party rp WHERE rp.invoice_id = i.id) "
        "ORDER BY coalesce(i.posted_ms, 0), " +
        kindOrderSql("i.kind") + ", i.id, iv.vat_rate");
    const Texts texts(ctx);
    std::optional<VoucherBuilder> b;
    std::int64_t current = 0;
    int sign = 1;
    Money total;
    Money booked;
    auto finish = [&] {
        if (!b)
            return;
        b->add(MappingRole::Rounding, {}, (booked - total) * sign);
        if (!b->empty())
            out.add(b->finish());
        b.reset();
    };
    while (st.step()) {
        if (!b || st.int64(0) != current) {
            finish();
            current = st.int64(0);
            const bool credit = st.text(1) == QLatin1String("credit_note");
            const std::int64_t number = st.int64(2);
            sign = credit ? -1 : 1;
            b.emplace(ctx, credit ? VoucherSource::CreditNote : VoucherSource::Invoice, current,
                      credit ? VoucherCategory::Refund : VoucherCategory::Sale);
            const QString ref = credit ? texts.creditNote(number) : texts.invoice(number);
            b->at(isoDate(st.text(3)), st.optInt64(5).value_or(0))
                .describe(ref, ref + QStringLiteral(", ") + st.text(6), QStringLiteral("invoice"));
            total = ctx.money(st.int64(4));
            booked = Money::zero(ctx.currency);
            b->add(MappingRole::Receivable, {}, total * sign);
        }
        if (st.isNull(7))
            continue;  // an invoice without VAT lines
        const QString rate = canonicalRate(st.text(7));
        const Money base = ctx.money(st.int64(8));
        const Money tax = ctx.money(st.int64(9));
        b->add(MappingRole::Revenue, QLatin1Char('|') + rate, -base * sign, {}, rate);
        b->add(MappingRole::Vat, rate, -tax * sign, {}, rate);
        booked += base + tax;
    }
    finish();
}

void VoucherSources::postings(const VoucherContext& ctx, VoucherSink& out) {
    // In the order they are numbered in.
    auto st = ctx.db.prepare(
        std::string("SELECT p.id, p.kind, p.posting_date, p.amount_minor, p.payment_type, "
                    "p.reference, p.created_ms, ") +
        kDebtorName +
        ", tp.tender, o.id, o.external_id, o.captured_minor, o.paid_by_hand "
        "FROM posting p JOIN debtor d ON d.id = p.debtor_id "
        "LEFT JOIN till_payment tp ON tp.posting_id = p.id "
        "LEFT JOIN web_order_invoice_payment oip ON oip.posting_id = p.id "
        "LEFT JOIN web_order o ON o.id = oip.order_id "
        "WHERE p.kind IN ('payment', 'write_off', 'reminder_fee', 'interest', 'compensation') "
        "AND NOT EXISTS (SELECT 1 FROM voucher v WHERE v.source_kind = p.kind "
        "AND v.source_id = p.id) ORDER BY p.created_ms, " +
        kindOrderSql("p.kind") + ", p.id");
    const Texts texts(ctx);
    while (st.step()) {
        const QString kind = st.text(1);
        const Money amount = ctx.money(st.int64(3));  // + owed, − paid
        const QString debtor = st.text(7);
        const QDate date = isoDate(st.text(2));
        const std::int64_t eventMs = st.int64(6);
        const QString reference = st.text(5);
        if (kind == QLatin1String("payment")) {
            const QString method = st.isNull(8) ? st.text(4) : st.text(8);
            VoucherBuilder b(
                ctx, VoucherSource::Payment, st.int64(0),
                amount.isNegative() ? VoucherCategory::Payment : VoucherCategory::Refund);
            const QString ref = reference.isEmpty()
                                    ? texts.payment()
                                    : texts.payment() + QLatin1Char(' ') + reference;
            b.at(date, eventMs)
                .describe(ref, texts.payment() + QStringLiteral(", ") + debtor, method);
            b.add(MappingRole::Receivable, {}, amount);
            const bool paidByCapture = !st.isNull(9) && st.int64(11) > 0 && st.int64(12) == 0;
            if (paidByCapture) {
                // The capture already booked the sale: this payment moves it
                // into the invoice instead of counting it twice.
                const QString text = texts.paidByOrder(st.text(10));
                b.addSale(scaleParts(orderParts(ctx, st.int64(9)), -amount), -1, text);
            } else {
                b.add(MappingRole::Payment, method, -amount);
            }
            out.add(b.finish());
            continue;
        }
        const LedgerEvent& event = ledgerEvent(kind);
        const char* role = event.role;
        const char* source = event.source;
        const QString label = texts.text(event.label);
        const VoucherCategory category = event.category;
        VoucherBuilder b(ctx, source, st.int64(0), category);
        b.at(date, eventMs).describe(label, label + QStringLiteral(", ") + debtor, {});
        b.add(MappingRole::Receivable, {}, amount);
        b.add(role, {}, -amount);
        out.add(b.finish());
    }
}

}  // namespace skranke
