#include "core/accounting/sie4export.h"

#include "core/accounting/chartofaccounts.h"
#include "core/accounting/voucherstore.h"
#include "core/company/companyservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/time/clock.h"
#include "core/time/dates.h"

#include <QHash>
#include <QIODevice>
#include <map>

namespace skranke {

namespace {

// Code page 437, 0x80–0xFF.
constexpr char16_t pc8High[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF,
    0x00EE, 0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA,
    0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
    0x255D, 0x255C, 0x255B, 0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, 0x03A6, 0x0398, 0x03A9, 0x03B4,
    0x221E, 0x03C6, 0x03B5, 0x2229, 0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,
    0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,
};

const QHash<char16_t, char>& pc8Reverse() {
    static const QHash<char16_t, char> reverse = [] {
        QHash<char16_t, char> r;
        for (int i = 0; i < 128; ++i)
            r.insert(pc8High[i], char(0x80 + i));
        return r;
    }();
    return reverse;
}

QString sieDate(const QDate& date) {
    return date.toString(QStringLiteral("yyyyMMdd"));
}

// #KTYP: T tillgång, S skuld (and equity), K kostnad, I intäkt.
QChar sieType(AccountKind kind) {
    switch (kind) {
        case AccountKind::Asset:
            return u'T';
        case AccountKind::Liability:
        case AccountKind::Equity:
            return u'S';
        case AccountKind::Expense:
            return u'K';
        case AccountKind::Revenue:
            return u'I';
    }
    return u'T';
}

bool isBalanceAccount(AccountKind kind) {
    return kind == AccountKind::Asset || kind == AccountKind::Liability ||
           kind == AccountKind::Equity;
}

// Σ of each account's lines dated before the period.
std::map<QString, std::int64_t> balancesBefore(Database& db, const QDate& from) {
    auto st = db.prepare(
        "SELECT l.account, sum(l.amount_minor) FROM voucher_line l"
        " JOIN voucher v ON v.id = l.voucher_id"
        " WHERE v.voucher_date < ?1 AND l.account IS NOT NULL GROUP BY l.account");
    st.bind(1, Dates::iso(from));
    std::map<QString, std::int64_t> out;
    while (st.step())
        out[st.text(0)] = st.int64(1);
    return out;
}

class SieText final {
public:
    void add(const QString& line) { m_bytes += Sie4Export::encodePc8(line) + "\r\n"; }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

}  // namespace

QByteArray Sie4Export::encodePc8(const QString& text) {
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;  // one character outside the BMP, one '?'
            out += '?';
        } else if (u < 0x20 || u == 0x7F) {
            out += ' ';
        } else if (u < 0x80) {
            out += char(u);
        } else {
            out += pc8Reverse().value(u, '?');
        }
    }
    return out;
}

QString Sie4Export::decodePc8(const QByteArray& bytes) {
    QString out;
    out.reserve(bytes.size());
    for (const char b : bytes) {
        const auto u = static_cast<unsigned char>(b);
        out += u < 0x80 ? QChar(char16_t(u)) : QChar(pc8High[u - 0x80]);
    }
    return out;
}

QString Sie4Export::quoted(const QString& text) {
    QString s = text;
    for (QChar& c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = u' ';
    s = s.trimmed();
    // A backslash just before the closing quote would read as an escaped quote.
    if (s.endsWith(u'\\'))
        s += u' ';
    s.replace(u'"', QStringLiteral("\\\""));
    return u'"' + s + u'"';
}

void Sie4Export::writeTo(QIODevice& device, Database& db, const ExportPeriod& period,
                         const Clock& clock) {
    period.validate();
    const CompanyProfile company = CompanyService::require(db);
    const Currency currency = Currency::fromCode(CompanyService::rules(db).currency);
    const std::vector<Voucher> vouchers = VoucherStore::withLines(db, period.from, period.to);

    std::map<QString, Account> chart;
    for (Account& a : ChartOfAccounts::list(db))
        chart.emplace(a.number, std::move(a));
    auto accountOf = [&chart](const QString& number) {
        if (auto it = chart.find(number); it != chart.end())
            return it->second;
        Account a;
        a.number = number;
        a.name = number;
        return a;
    };

    // The accounts in the file: every one the period's lines use, and the
    // balance accounts that carry a balance into it.
    std::map<QString, Account> used;
    std::map<QString, Money> opening;
    std::map<QString, Money> movement;
    for (const auto& [number, minor] : balancesBefore(db, period.from)) {
        const Account a = accountOf(number);
        if (!isBalanceAccount(a.kind) || minor == 0)
            continue;
        used.emplace(number, a);
        opening.emplace(number, Money(minor, currency));
    }
    for (const Voucher& v : vouchers) {
        AccountingExport::requireAccounts(v);
        for (const VoucherLine& l : v.lines) {
            used.emplace(l.account, accountOf(l.account));
            auto [it, fresh] = movement.emplace(l.account, Money::zero(currency));
            it->second += l.amount;
        }
    }

    SieText out;
    const QString version = QCoreApplication::applicationVersion().isEmpty()
                                ? QStringLiteral("1.0")
                                : QCoreApplication::applicationVersion();
    out.add(QStringLiteral("#FLAGGA 0"));
    out.add(
        QStringLiteral("#PROGRAM %1 %2").arg(quoted(QStringLiteral("Skranke")), quoted(version)));
    out.add(QStringLiteral("#FORMAT PC8"));
    out.add(
        QStringLiteral("#GEN %1").arg(sieDate(Dates::localDate(clock.nowMs(), company.timeZone))));
    out.add(QStringLiteral("#SIETYP 4"));
    if (!company.orgNumber.trimmed().isEmpty())
        out.add(QStringLiteral("#ORGNR %1").arg(company.orgNumber.trimmed().remove(u' ')));
    out.add(QStringLiteral("#FNAMN %1").arg(quoted(company.name)));
    out.add(QStringLiteral("#RAR 0 %1 %2").arg(sieDate(period.from), sieDate(period.to)));
    if (company.country == QLatin1String("SE"))
        out.add(QStringLiteral("#KPTYP BAS2014"));
    if (currency.code() != QLatin1String("SEK"))
        out.add(QStringLiteral("#VALUTA %1").arg(currency.code()));

    for (const auto& [number, a] : used)
        out.add(QStringLiteral("#KONTO %1 %2").arg(number, quoted(a.name)));
    for (const auto& [number, a] : used)
        out.add(QStringLiteral("#KTYP %1 %2").arg(number).arg(sieType(a.kind)));

    for (const auto& [number, a] : used) {
        if (!isBalanceAccount(a.kind))
            continue;
        const Money ib = opening.count(number) ? opening.at(number) : Money::zero(currency);
        const Money change = movement.count(number) ? movement.at(number) : Money::zero(currency);
        out.add(QStringLiteral("#IB 0 %1 %2").arg(number, ib.toDecimalString()));
        out.add(QStringLiteral("#UB 0 %1 %2").arg(number, (ib + change).toDecimalString()));
    }
    for (const auto& [number, a] : used)
        if (!isBalanceAccount(a.kind))
            out.add(
                QStringLiteral("#RES 0 %1 %2").arg(number, movement.at(number).toDecimalString()));

    for (const Voucher& v : vouchers) {
        const QString date = sieDate(v.date);
        const QDate registered =
            v.createdMs > 0 ? Dates::localDate(v.createdMs, company.timeZone) : v.date;
        const QString text = v.text.isEmpty() ? v.sourceRef : v.text;
        out.add(QStringLiteral("#VER \"A\" %1 %2 %3 %4")
                    .arg(QString::number(v.number), date, quoted(text), sieDate(registered)));
        out.add(QStringLiteral("{"));
        for (const VoucherLine& l : v.lines)
            out.add(QStringLiteral("#TRANS %1 {} %2 %3 %4")
                        .arg(l.account, l.amount.toDecimalString(), date, quoted(l.text)));
        out.add(QStringLiteral("}"));
    }
    device.write(out.bytes());
}

}  // namespace skranke
