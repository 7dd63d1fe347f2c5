#include "core/accounting/saftexport.h"

#include "core/accounting/accountmapping.h"
#include "core/accounting/voucherstore.h"
#include "core/company/companyservice.h"
#include "core/money/allocation.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/readtransaction.h"
#include "core/time/clock.h"
#include "core/time/dates.h"

#include <QHash>
#include <QIODevice>
#include <QTimeZone>
#include <QXmlStreamWriter>
#include <cstdlib>
#include <optional>

namespace skranke {

namespace {

constexpr char Namespace[] = "urn:StandardAuditFile-Taxation-Financial:NO";
constexpr char SoftwareName[] = "Skranke";

// The schema's text lengths.
constexpr int Short = 18;
constexpr int Middle1 = 35;
constexpr int Middle2 = 70;
constexpr int Long = 256;

using saft::text;

struct Totals {
    std::int64_t entries = 0;
    std::int64_t debitMinor = 0;
    std::int64_t creditMinor = 0;
};

QString isoDate(const QDate& d) {
    return Dates::iso(d);
}

Totals periodTotals(Database& db, const ExportPeriod& period) {
    Statement st = db.prepare(
        "SELECT count(DISTINCT v.id), "
        "  coalesce(sum(CASE WHEN l.amount_minor > 0 THEN l.amount_minor END), 0), "
        "  coalesce(sum(CASE WHEN l.amount_minor < 0 THEN -l.amount_minor END), 0) "
        "FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id "
        "WHERE v.voucher_date BETWEEN ?1 AND ?2");
    st.bindAll(isoDate(period.from), isoDate(period.to));
    st.step();
    return {st.int64(0), st.int64(1), st.int64(2)};
}

QString digits(const QString& s) {
    QString out;
    for (const QChar c : s)
        if (c.isDigit())
            out.append(c);
    return out;
}

QString softwareVersion() {
    const QString v = QCoreApplication::applicationVersion().trimmed();
    return text(v.isEmpty() ? QStringLiteral("1.0") : v, Short);
}

void writeCompany(QXmlStreamWriter& w, const CompanyProfile& c) {
    auto optional = [&w](const QString& name, const QString& value, int max) {
        if (!value.trimmed().isEmpty())
            w.writeTextElement(name, text(value.trimmed(), max));
    };
    w.writeStartElement(QStringLiteral("Company"));
    const QString registration = digits(c.orgNumber);
    w.writeTextElement(QStringLiteral("RegistrationNumber"),
                       text(registration.isEmpty() ? digits(c.vatNumber) : registration, Middle1));
    w.writeTextElement(QStringLiteral("Name"), text(c.name, Long));
    w.writeStartElement(QStringLiteral("Address"));
    optional(QStringLiteral("StreetName"), c.addressLine1, Long);
    optional(QStringLiteral("AdditionalAddressDetail"), c.addressLine2, Long);
    optional(QStringLiteral("City"), c.city, Long);
    optional(QStringLiteral("PostalCode"), c.postcode, Middle2);
    w.writeTextElement(QStringLiteral("Country"), c.country);
    w.writeEndElement();
    // The schema wants a person; the company stands in for one, unstructured.
    w.writeStartElement(QStringLiteral("Contact"));
    w.writeStartElement(QStringLiteral("ContactPerson"));
    w.writeTextElement(QStringLiteral("FirstName"), QStringLiteral("NotUsed"));
    w.writeTextElement(QStringLiteral("LastName"), text(c.name, Middle2));
    w.writeEndElement();
    optional(QStringLiteral("Telephone"), c.phone, Short);
    optional(QStringLiteral("Email"), c.email, Middle2);
    w.writeEndElement();
    if (!c.vatNumber.trimmed().isEmpty()) {
        w.writeStartElement(QStringLiteral("TaxRegistration"));
        w.writeTextElement(QStringLiteral("TaxRegistrationNumber"),
                           text(c.vatNumber.trimmed(), Middle1));
        w.writeTextElement(QStringLiteral("TaxAuthority"), QStringLiteral("Skatteetaten"));
        w.writeEndElement();
    }
    if (!c.iban.trimmed().isEmpty() || !c.bankAccount.trimmed().isEmpty()) {
        w.writeStartElement(QStringLiteral("BankAccount"));
        if (!c.iban.trimmed().isEmpty())
            w.writeTextElement(QStringLiteral("IBANNumber"), text(c.iban.trimmed(), Middle1));
        else
            w.writeTextElement(QStringLiteral("BankAccountNumber"),
                               text(c.bankAccount.trimmed(), Middle1));
        optional(QStringLiteral("BIC"), c.bic, Short);
        w.writeEndElement();
    }
    w.writeEndElement();
}

void writeHeader(QXmlStreamWriter& w, const CompanyProfile& company, const QString& currency,
                 const ExportPeriod& period, const QDate& created) {
    w.writeStartElement(QStringLiteral("Header"));
    w.writeTextElement(QStringLiteral("AuditFileVersion"), QStringLiteral("1.30"));
    w.writeTextElement(QStringLiteral("AuditFileCountry"), company.country);
    w.writeTextElement(QStringLiteral("AuditFileDateCreated"), isoDate(created));
    w.writeTextElement(QStringLiteral("SoftwareCompanyName"), QString::fromLatin1(SoftwareName));
    w.writeTextElement(QStringLiteral("SoftwareID"), QString::fromLatin1(SoftwareName));
    w.writeTextElement(QStringLiteral("SoftwareVersion"), softwareVersion());
    writeCompany(w, company);
    w.writeTextElement(QStringLiteral("DefaultCurrencyCode"), currency);
    w.writeStartElement(QStringLiteral("SelectionCriteria"));
    w.writeTextElement(QStringLiteral("SelectionStartDate"), isoDate(period.from));
    w.writeTextElement(QStringLiteral("SelectionEndDate"), isoDate(period.to));
    w.writeEndElement();
    w.writeTextElement(QStringLiteral("TaxAccountingBasis"), QStringLiteral("A"));
    w.writeEndElement();
}

// Writes the vouchers as transactions of one journal, counting what it wrote.
class EntryWriter final {
public:
    EntryWriter(QXmlStreamWriter& w, const Currency& currency, QTimeZone zone)
        : m_w(w), m_currency(currency), m_zone(std::move(zone)) {}

    void write(const Voucher& v);
    const Totals& written() const { return m_written; }

private:
    QString amount(std::int64_t minor) const {
        return Money(minor < 0 ? -minor : minor, m_currency).toDecimalString();
    }
    // Reading a rate is exact and so slow; a file has only a few of them.
    const QString& percent(const QString& rate) {
        auto it = m_percent.constFind(rate);
        if (it == m_percent.cend())
            it = m_percent.insert(rate, saft::percentText(rate));
        return *it;
    }
    const QString& rateKey(const VoucherLine& line) {
        return percent(line.vatRate.isEmpty() ? line.qualifier : line.vatRate);
    }
    std::vector<std::optional<std::int64_t>> taxAmounts(const Voucher& v);
    void writeLine(const Voucher& v, const VoucherLine& line, int lineNo,
                   std::optional<std::int64_t> tax);

    QXmlStreamWriter& m_w;
    Currency m_currency;
    QTimeZone m_zone;
    Totals m_written;
    QHash<QString, QString> m_percent;
};

bool isTaxBase(const VoucherLine& line) {
    return !line.vatCode.isEmpty() && line.role != QLatin1String(MappingRole::Vat);
}

// The VAT on each line that is a VAT base: the voucher's VAT lines at its
// rate shared over those lines in proportion to their amounts, so the lines'
// tax adds up to what was booked. Lines at one rate with opposite signs get
// their own base × rate instead.
std::vector<std::optional<std::int64_t>> EntryWriter::taxAmounts(const Voucher& v) {
    std::vector<std::optional<std::int64_t>> out(v.lines.size());
    QHash<QString, std::int64_t> vatByRate;
    QHash<QString, std::vector<std::size_t>> basesByRate;
    for (std::size_t i = 0; i < v.lines.size(); ++i) {
        const VoucherLine& line = v.lines[i];
        if (line.role == QLatin1String(MappingRole::Vat))
            vatByRate[rateKey(line)] += line.amount.minor();
        else if (isTaxBase(line))
            basesByRate[rateKey(line)].push_back(i);
    }
    for (auto it = basesByRate.cbegin(); it != basesByRate.cend(); ++it) {
        const std::vector<std::size_t>& bases = it.value();
        const std::int64_t vat = vatByRate.value(it.key(), 0);
        bool oneSign = true;
        for (std::size_t i : bases)
            oneSign = oneSign && (v.lines[i].amount.isNegative() ==
                                  v.lines[bases.front()].amount.isNegative());
        if (oneSign) {
            std::vector<std::int64_t> weights;
            for (std::size_t i : bases)
                weights.push_back(std::abs(v.lines[i].amount.minor()));
            const auto shares = allocate(Money(std::abs(vat), m_currency), weights);
            for (std::size_t k = 0; k < bases.size(); ++k)
                out[bases[k]] = vat < 0 ? -shares[k].minor() : shares[k].minor();
        } else {
            for (std::size_t i : bases) {
                const Money base(v.lines[i].amount.minor(), m_currency);
                out[i] = it.key().isEmpty() ? 0
                                            : base.times(Rate::percent(it.key()),
                                                         Rounding::HalfAwayFromZero, "saft-vat")
                                                  .minor();
            }
        }
    }
    return out;
}

void EntryWriter::write(const Voucher& v) {
    if (v.lines.empty())
        throw Error(ErrorCode::Conflict, SaftExport::tr("Voucher %1 has no lines.").arg(v.number));
    if (v.currency != m_currency.code())
        throw Error(ErrorCode::Conflict,
                    SaftExport::tr("Voucher %1 is in %2, not in the company's currency %3.")
                        .arg(v.number)
                        .arg(v.currency, m_currency.code()));
    AccountingExport::requireAccounts(v);
    const QString date = isoDate(v.date);
    m_w.writeStartElement(QStringLiteral("Transaction"));
    m_w.writeTextElement(QStringLiteral("TransactionID"), QString::number(v.number));
    m_w.writeTextElement(QStringLiteral("Period"), QString::number(v.date.month()));
    m_w.writeTextElement(QStringLiteral("PeriodYear"), QString::number(v.date.year()));
    m_w.writeTextElement(QStringLiteral("TransactionDate"), date);
    m_w.writeTextElement(QStringLiteral("VoucherType"),
                         text(VoucherTexts::categoryKey(v.category), Middle2));
    m_w.writeTextElement(QStringLiteral("VoucherDescription"),
                         text(VoucherTexts::categoryLabel(v.category), Middle2));
    m_w.writeTextElement(QStringLiteral("TransactionType"), QStringLiteral("Normal"));
    m_w.writeTextElement(QStringLiteral("Description"),
                         text(v.text.trimmed().isEmpty() ? v.sourceRef : v.text, Long));
    m_w.writeTextElement(QStringLiteral("SystemEntryDate"),
                         isoDate(QDateTime::fromMSecsSinceEpoch(v.createdMs, m_zone).date()));
    m_w.writeTextElement(QStringLiteral("GLPostingDate"), date);
    const auto taxes = taxAmounts(v);
    for (std::size_t i = 0; i < v.lines.size(); ++i)
        writeLine(v, v.lines[i], int(i) + 1, taxes[i]);
    m_w.writeEndElement();
    ++m_written.entries;
}

void EntryWriter::writeLine(const Voucher& v, const VoucherLine& line, int lineNo,
                            std::optional<std::int64_t> tax) {
    const std::int64_t minor = line.amount.minor();
    const bool credit = minor < 0;
    (credit ? m_written.creditMinor : m_written.debitMinor) += credit ? -minor : minor;
    m_w.writeStartElement(QStringLiteral("Line"));
    m_w.writeTextElement(QStringLiteral("RecordID"), QString::number(lineNo));
    m_w.writeTextElement(QStringLiteral("AccountID"), text(line.account, Middle2));
    m_w.writeTextElement(QStringLiteral("Description"),
                         text(line.text.trimmed().isEmpty() ? v.text : line.text, Long));
    m_w.writeStartElement(credit ? QStringLiteral("CreditAmount") : QStringLiteral("DebitAmount"));
    m_w.writeTextElement(QStringLiteral("Amount"), amount(minor));
    m_w.writeEndElement();
    if (tax) {
        const QString rate = percent(line.vatRate);
        m_w.writeStartElement(QStringLiteral("TaxInformation"));
        m_w.writeTextElement(QStringLiteral("TaxType"), QStringLiteral("MVA"));
        m_w.writeTextElement(QStringLiteral("TaxCode"), text(line.vatCode, Middle2));
        if (!rate.isEmpty())
            m_w.writeTextElement(QStringLiteral("TaxPercentage"), rate);
        m_w.writeTextElement(QStringLiteral("TaxBase"), amount(minor));
        const bool taxCredit = *tax == 0 ? credit : *tax < 0;
        m_w.writeStartElement(taxCredit ? QStringLiteral("CreditTaxAmount")
                                        : QStringLiteral("DebitTaxAmount"));
        m_w.writeTextElement(QStringLiteral("Amount"), amount(*tax));
        m_w.writeEndElement();
        m_w.writeEndElement();
    }
    if (!v.sourceRef.trimmed().isEmpty())
        m_w.writeTextElement(QStringLiteral("ReferenceNumber"), text(v.sourceRef, Middle1));
    m_w.writeEndElement();
}

// Month by month, so that a year never sits in memory at once.
QDate chunkEnd(const QDate& from, const QDate& to) {
    const QDate monthEnd(from.year(), from.month(), from.daysInMonth());
    return std::min(monthEnd, to);
}

}  // namespace

void SaftExport::writeTo(QIODevice& out, Database& db, const ExportPeriod& period,
                         const Clock& clock) {
    period.validate();
    ReadTransaction snapshot(db);
    const CompanyProfile company = CompanyService::require(db);
    const Currency currency = Currency::fromCode(CompanyService::rules(db).currency);
    QTimeZone zone(company.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const Totals totals = periodTotals(db, period);

    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("AuditFile"));
    w.writeDefaultNamespace(QString::fromLatin1(Namespace));
    writeHeader(w, company, currency.code(), period,
                QDateTime::fromMSecsSinceEpoch(clock.nowMs(), zone).date());
    saft::writeMasterFiles(w, db, company.country, currency, saft::balances(db, period),
                           saft::taxCodes(db, period));

    w.writeStartElement(QStringLiteral("GeneralLedgerEntries"));
    w.writeTextElement(QStringLiteral("NumberOfEntries"), QString::number(totals.entries));
    w.writeTextElement(QStringLiteral("TotalDebit"),
                       Money(totals.debitMinor, currency).toDecimalString());
    w.writeTextElement(QStringLiteral("TotalCredit"),
                       Money(totals.creditMinor, currency).toDecimalString());
    w.writeStartElement(QStringLiteral("Journal"));
    w.writeTextElement(QStringLiteral("JournalID"), QStringLiteral("GL"));
    w.writeTextElement(QStringLiteral("Description"), tr("General ledger"));
    w.writeTextElement(QStringLiteral("Type"), QStringLiteral("GL"));
    EntryWriter entries(w, currency, zone);
    for (QDate from = period.from; from <= period.to;) {
        const QDate to = chunkEnd(from, period.to);
        for (const Voucher& v : VoucherStore::withLines(db, from, to))
            entries.write(v);
        from = to.addDays(1);
    }
    w.writeEndElement();  // Journal
    w.writeEndElement();  // GeneralLedgerEntries
    w.writeEndElement();  // AuditFile
    w.writeEndDocument();

    const Totals& written = entries.written();
    if (written.entries != totals.entries || written.debitMinor != totals.debitMinor ||
        written.creditMinor != totals.creditMinor)
        throw Error(ErrorCode::Storage,
                    tr("The vouchers read for the SAF-T file do not add up to their totals."));
    if (w.hasError())
        throw Error(ErrorCode::Storage, tr("The SAF-T file could not be written."));
}

}  // namespace skranke
