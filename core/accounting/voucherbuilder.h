#pragma once

#include "core/accounting/accountingsettings.h"
#include "core/accounting/accountmapping.h"
#include "core/accounting/voucher.h"
#include "core/money/money.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <cstdint>
#include <vector>

namespace skranke {

class Database;

// What every voucher source needs while vouchers are generated: the
// mapping, the company's country, language, currency and time zone, and
// the time.
struct VoucherContext {
    Database& db;
    AccountResolver resolver;
    AccountingSettings settings;
    QString country;
    QString language;  // the company's: texts on vouchers are for its accountant
    Currency currency;
    QTimeZone zone;
    std::int64_t nowMs;

    QDate localDate(std::int64_t ms) const;
    Money money(std::int64_t minor) const { return Money(minor, currency); }
    // A text stored on a voucher, in the company's language whoever makes
    // the vouchers; mark the source with QT_TRANSLATE_NOOP(context, source).
    QString text(const char* context, const char* source) const;
    // One shared copy of a text that repeats on voucher after voucher (kinds,
    // roles, qualifiers, VAT codes, methods): a year is hundreds of thousands
    // of vouchers, and a copy of each on each of them cost seconds of memory
    // allocation.
    QString shared(const QString& text) const;
    QString shared(const char* latin1) const;

    mutable QSet<QString> sharedTexts = {};
    mutable QHash<const char*, QString> sharedLiterals = {};
};

// A voucher made, with when its event happened (generation numbers them in
// that order).
struct MadeVoucher {
    Voucher voucher;
    std::int64_t eventMs = 0;
};

// One part of a sale: gross amount (incl. VAT) of a product group at a rate;
// value cards are a liability, not revenue.
struct SalePart {
    QString group;
    QString rate;  // normalised percent text
    Money gross;
    bool valueCard = false;
};

// Builds one voucher line by line, then resolves its accounts: a line without
// one fails the voucher with the reason (nothing is guessed).
class VoucherBuilder final {
    Q_DECLARE_TR_FUNCTIONS(skranke::VoucherBuilder)
public:
    VoucherBuilder(const VoucherContext& ctx, const char* sourceKind, std::int64_t sourceId,
                   VoucherCategory category);

    VoucherBuilder& at(const QDate& date, std::int64_t eventMs);
    VoucherBuilder& describe(const QString& sourceRef, const QString& text, const QString& method);
    // Debit positive, credit negative; a zero amount adds nothing.
    void add(const char* role, const QString& qualifier, const Money& amount,
             const QString& text = {}, const QString& vatRate = {});
    // Credits a sale (sign +1) or debits its reversal (sign −1): revenue per
    // group and rate, output VAT per rate (one rounding per rate), value cards
    // to the liability.
    // knownVat: the VAT per rate as the document computed it, when it did.
    void addSale(const std::vector<SalePart>& parts, int sign, const QString& text,
                 const QHash<QString, Money>& knownVat = {});

    bool empty() const;
    MadeVoucher finish();

private:
    const VoucherContext& m_ctx;
    MadeVoucher m_made;
};

// The VAT rate as stored ("25", "25.0", "12,5") in one canonical form.
QString canonicalRate(const QString& rate);

// Sale parts scaled to `amount` (a partial capture or refund) by their
// gross weights, exactly (largest remainder).
std::vector<SalePart> scaleParts(const std::vector<SalePart>& parts, const Money& amount);

// Resolves the voucher's accounts again and returns what is still missing
// ("" when every line has an account).
QString resolveAccounts(const AccountResolver& resolver, Voucher& voucher);
// Looks the voucher's accounts up and sets its state: failed (missing
// mapping), queued (automatic transfer covers its date) or pending.
void settleVoucher(const AccountResolver& resolver, const AccountingSettings& settings,
                   std::int64_t nowMs, Voucher& voucher);

}  // namespace skranke
