#include "core/accounting/chartofaccounts.h"
#include "core/accounting/saftexport.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/store/database.h"
#include "core/store/error.h"

#include <QHash>
#include <QXmlStreamWriter>

namespace skranke::saft {

namespace {

// The schema's text lengths.
constexpr int Middle1 = 35;
constexpr int Middle2 = 70;
constexpr int Long = 256;

QString amountText(std::int64_t minor, const Currency& currency) {
    return Money(minor < 0 ? -minor : minor, currency).toDecimalString();
}

// SAF-T 1.30 groups every account under a code list; the Norwegian default
// chart carries its RF-1167 (næringsoppgave) code as the standard code.
constexpr char GroupingCategory[] = "RF-1167";

bool isStandardTaxCode(const QString& code) {
    static const QStringList codes = {
        QStringLiteral("0"),  QStringLiteral("1"),  QStringLiteral("11"), QStringLiteral("12"),
        QStringLiteral("13"), QStringLiteral("14"), QStringLiteral("15"), QStringLiteral("20"),
        QStringLiteral("21"), QStringLiteral("22"), QStringLiteral("3"),  QStringLiteral("31"),
        QStringLiteral("32"), QStringLiteral("33"), QStringLiteral("5"),  QStringLiteral("51"),
        QStringLiteral("52"), QStringLiteral("6"),  QStringLiteral("7"),  QStringLiteral("81"),
        QStringLiteral("82"), QStringLiteral("83"), QStringLiteral("84"), QStringLiteral("85"),
        QStringLiteral("86"), QStringLiteral("87"), QStringLiteral("88"), QStringLiteral("89"),
        QStringLiteral("91"), QStringLiteral("92")};
    return codes.contains(code);
}

void writeBalance(QXmlStreamWriter& w, const QString& debitName, const QString& creditName,
                  std::int64_t minor, const Currency& currency) {
    w.writeTextElement(minor < 0 ? creditName : debitName, amountText(minor, currency));
}

void writeAccounts(QXmlStreamWriter& w, Database& db, const Currency& currency,
                   const std::vector<AccountBalance>& balances) {
    if (balances.empty())
        return;
    QHash<QString, Account> chart;
    for (Account& a : ChartOfAccounts::list(db))
        chart.insert(a.number, std::move(a));
    w.writeStartElement(QStringLiteral("GeneralLedgerAccounts"));
    for (const AccountBalance& b : balances) {
        const Account a = chart.value(b.account, Account{b.account, b.account});
        w.writeStartElement(QStringLiteral("Account"));
        w.writeTextElement(QStringLiteral("AccountID"), text(a.number, Middle2));
        w.writeTextElement(QStringLiteral("AccountDescription"),
                           text(a.name.trimmed().isEmpty() ? a.number : a.name, Long));
        w.writeTextElement(QStringLiteral("GroupingCategory"),
                           QString::fromLatin1(GroupingCategory));
        w.writeTextElement(
            QStringLiteral("GroupingCode"),
            text(a.standardCode.trimmed().isEmpty() ? a.number : a.standardCode.trimmed(),
                 Middle1));
        w.writeTextElement(QStringLiteral("AccountType"), QStringLiteral("GL"));
        writeBalance(w, QStringLiteral("OpeningDebitBalance"),
                     QStringLiteral("OpeningCreditBalance"), b.openingMinor, currency);
        writeBalance(w, QStringLiteral("ClosingDebitBalance"),
                     QStringLiteral("ClosingCreditBalance"), b.openingMinor + b.movementMinor,
                     currency);
        w.writeEndElement();
    }
    w.writeEndElement();
}

void writeTaxTable(QXmlStreamWriter& w, const QString& country,
                   const std::vector<TaxCodeUse>& taxCodes) {
    if (taxCodes.empty())
        return;
    w.writeStartElement(QStringLiteral("TaxTable"));
    w.writeStartElement(QStringLiteral("TaxTableEntry"));
    w.writeTextElement(QStringLiteral("TaxType"), QStringLiteral("MVA"));
    w.writeTextElement(QStringLiteral("Description"), QStringLiteral("Merverdiavgift"));
    for (const TaxCodeUse& use : taxCodes) {
        const QString percent = percentText(use.ratePercent);
        w.writeStartElement(QStringLiteral("TaxCodeDetails"));
        w.writeTextElement(QStringLiteral("TaxCode"), text(use.code, Middle2));
        if (!percent.isEmpty()) {
            w.writeTextElement(QStringLiteral("Description"),
                               text(SaftExport::tr("Output VAT %1 %").arg(percent), Long));
            w.writeTextElement(QStringLiteral("TaxPercentage"), percent);
        }
        w.writeTextElement(QStringLiteral("Country"), country);
        w.writeTextElement(QStringLiteral("StandardTaxCode"),
                           standardTaxCode(use.code, use.ratePercent));
        w.writeTextElement(QStringLiteral("BaseRate"), QStringLiteral("100"));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
}

}  // namespace

QString text(const QString& value, int max) {
    QString out;
    out.reserve(std::min<qsizetype>(value.size(), max));
    for (const QChar c : value) {
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            continue;
        if (c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
            continue;
        out.append(c);
    }
    if (out.size() > max) {
        // Never split a surrogate pair.
        const qsizetype cut = out.at(max - 1).isHighSurrogate() ? max - 1 : max;
        out.truncate(cut);
    }
    return out;
}

QString percentText(const QString& ratePercent) {
    if (ratePercent.trimmed().isEmpty())
        return {};
    try {
        return Rate::percent(ratePercent.trimmed()).toPercentString();
    } catch (const Error&) {
        return {};
    }
}

QString standardTaxCode(const QString& vatCode, const QString& ratePercent) {
    if (isStandardTaxCode(vatCode))
        return vatCode;
    static const QHash<QString, QString> byRate = {{QStringLiteral("25"), QStringLiteral("3")},
                                                   {QStringLiteral("15"), QStringLiteral("31")},
                                                   {QStringLiteral("11.11"), QStringLiteral("32")},
                                                   {QStringLiteral("12"), QStringLiteral("33")},
                                                   {QStringLiteral("0"), QStringLiteral("5")}};
    return byRate.value(percentText(ratePercent), QStringLiteral("NA"));
}

std::vector<AccountBalance> balances(Database& db, const ExportPeriod& period) {
    // One pass over every line up to the end: what lies before the period
    // is the opening balance, the rest its movement.
    Statement st = db.prepare(
        "SELECT l.account, "
        "  coalesce(sum(CASE WHEN v.voucher_date < ?1 THEN l.amount_minor END), 0), "
        "  coalesce(sum(CASE WHEN v.voucher_date >= ?1 THEN l.amount_minor END), 0), "
        "  coalesce(sum(CASE WHEN v.voucher_date >= ?1 AND l.amount_minor > 0 "
        "    THEN l.amount_minor END), 0), "
        "  coalesce(sum(CASE WHEN v.voucher_date >= ?1 AND l.amount_minor < 0 "
        "    THEN -l.amount_minor END), 0) "
        "FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id "
        "WHERE v.voucher_date <= ?2 AND l.account IS NOT NULL "
        "GROUP BY l.account ORDER BY l.account");
    st.bindAll(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
    std::vector<AccountBalance> out;
    while (st.step())
        out.push_back({st.text(0), st.int64(1), st.int64(2), st.int64(3), st.int64(4)});
    return out;
}

std::vector<TaxCodeUse> taxCodes(Database& db, const ExportPeriod& period) {
    Statement st = db.prepare(
        "SELECT l.vat_code, max(l.vat_rate) "
        "FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id "
        "WHERE v.voucher_date BETWEEN ?1 AND ?2 AND l.vat_code <> '' "
        "GROUP BY l.vat_code ORDER BY l.vat_code");
    st.bindAll(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
    std::vector<TaxCodeUse> out;
    while (st.step())
        out.push_back({st.text(0), st.text(1)});
    return out;
}

void writeMasterFiles(QXmlStreamWriter& w, Database& db, const QString& country,
                      const Currency& currency, const std::vector<AccountBalance>& balances,
                      const std::vector<TaxCodeUse>& taxCodes) {
    w.writeStartElement(QStringLiteral("MasterFiles"));
    writeAccounts(w, db, currency, balances);
    writeTaxTable(w, country, taxCodes);
    w.writeEndElement();
}

}  // namespace skranke::saft
