#include "core/accounting/saftexport.h"

#include "core/accounting/accountmapping.h"
#include "core/accounting/voucherstore.h"
#include "core/accounting/xmlappender.h"
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

// The header's totals: the period's debits and credits from the balances
// (one pass over the lines, which every line of the period is in: the
// export refuses a line without an account), the vouchers counted by date.
Totals periodTotals(Database& db, const ExportPeriod& period,
                    const std::vector<saft::AccountBalance>& balances) {
    Statement st = db.prepare("SELECT count(*) FROM voucher WHERE voucher_date BETWEEN ?1 AND ?2");
    st.bindAll(isoDate(period.from), isoDate(period.to));
    st.step();
    Totals totals{st.int64(0), 0, 0};
    for (const saft::AccountBalance& b : balances) {
        totals.debitMinor += b.debitMinor;
        totals.creditMinor += b.creditMinor;
    }
    return totals;
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

// Writes the vouchers as transactions of one journal, counting what it
// wrote. The transactions are most of the file: they are appended to a
// buffer by hand (XmlAppender) and written to the file a megabyte at a time.
class EntryWriter final {
public:
    // depth: the level of the Transaction elements.
    EntryWriter(QIODevice& out, int depth, const Currency& currency, QTimeZone zone)
        : m_out(out), m_xml(m_buffer, depth), m_currency(currency), m_zone(std::move(zone)) {
        m_buffer.reserve(FlushAt + FlushAt / 4);
    }

    static constexpr qsizetype FlushAt = 1 << 20;

    void write(const Voucher& v);
    // Writes what is still in the buffer; false when the file refused it.
    bool flush();
    const Totals& written() const { return m_written; }

private:
    void amount(const char* name, std::int64_t minor) {
        m_xml.amount(name, minor, m_currency.minorDigits());
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
    // The day in the company's time zone; a batch of vouchers shares its moment.
    const QString& systemDate(std::int64_t ms) {
        if (ms != m_systemMs || m_systemDate.isEmpty()) {
            m_systemMs = ms;
            m_systemDate = isoDate(QDateTime::fromMSecsSinceEpoch(ms, m_zone).date());
        }
        return m_systemDate;
    }
    std::vector<std::optional<std::int64_t>> taxAmounts(const Voucher& v);
    void writeLine(const Voucher& v, const VoucherLine& line, int lineNo,
                   std::optional<std::int64_t> tax);

    QIODevice& m_out;
    QByteArray m_buffer;
    XmlAppender m_xml;
    bool m_failed = false;
    Currency m_currency;
    QTimeZone m_zone;
    Totals m_written;
    QHash<QString, QString> m_percent;
    std::int64_t m_systemMs = 0;
    QString m_systemDate;
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
    m_xml.open("Transaction");
    m_xml.element("TransactionID", v.number);
    m_xml.element("Period", std::int64_t(v.date.month()));
    m_xml.element("PeriodYear", std::int64_t(v.date.year()));
    m_xml.element("TransactionDate", date);
    m_xml.element("VoucherType", text(VoucherTexts::categoryKey(v.category), Middle2));
    m_xml.element("VoucherDescription", text(VoucherTexts::categoryLabel(v.category), Middle2));
    m_xml.element("TransactionType", "Normal");
    m_xml.element("Description", text(v.text.trimmed().isEmpty() ? v.sourceRef : v.text, Long));
    m_xml.element("SystemEntryDate", systemDate(v.createdMs));
    m_xml.element("GLPostingDate", date);
    const auto taxes = taxAmounts(v);
    for (std::size_t i = 0; i < v.lines.size(); ++i)
        writeLine(v, v.lines[i], int(i) + 1, taxes[i]);
    m_xml.close("Transaction");
    ++m_written.entries;
    if (m_buffer.size() >= FlushAt)
        flush();
}

bool EntryWriter::flush() {
    if (!m_buffer.isEmpty() && m_out.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.resize(0);  // keeps its capacity
    return !m_failed;
}

void EntryWriter::writeLine(const Voucher& v, const VoucherLine& line, int lineNo,
                            std::optional<std::int64_t> tax) {
    const std::int64_t minor = line.amount.minor();
    const bool credit = minor < 0;
    (credit ? m_written.creditMinor : m_written.debitMinor) += credit ? -minor : minor;
    m_xml.open("Line");
    m_xml.element("RecordID", std::int64_t(lineNo));
    m_xml.element("AccountID", text(line.account, Middle2));
    m_xml.element("Description", text(line.text.trimmed().isEmpty() ? v.text : line.text, Long));
    m_xml.open(credit ? "CreditAmount" : "DebitAmount");
    amount("Amount", minor);
    m_xml.close(credit ? "CreditAmount" : "DebitAmount");
    if (tax) {
        const QString& rate = percent(line.vatRate);
        m_xml.open("TaxInformation");
        m_xml.element("TaxType", "MVA");
        m_xml.element("TaxCode", text(line.vatCode, Middle2));
        if (!rate.isEmpty())
            m_xml.element("TaxPercentage", rate);
        amount("TaxBase", minor);
        const bool taxCredit = *tax == 0 ? credit : *tax < 0;
        const char* taxName = taxCredit ? "CreditTaxAmount" : "DebitTaxAmount";
        m_xml.open(taxName);
        amount("Amount", *tax);
        m_xml.close(taxName);
        m_xml.close("TaxInformation");
    }
    if (!v.sourceRef.trimmed().isEmpty())
        m_xml.element("ReferenceNumber", text(v.sourceRef, Middle1));
    m_xml.close("Line");
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
    const std::vector<saft::AccountBalance> balances = saft::balances(db, period);
    const Totals totals = periodTotals(db, period, balances);

    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("AuditFile"));
    w.writeDefaultNamespace(QString::fromLatin1(Namespace));
    writeHeader(w, company, currency.code(), period,
                QDateTime::fromMSecsSinceEpoch(clock.nowMs(), zone).date());
    saft::writeMasterFiles(w, db, company.country, currency, balances, saft::taxCodes(db, period));

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
    // QXmlStreamWriter writes straight to the device, so the journal's
    // transactions follow what it wrote; it goes on with </Journal>.
    EntryWriter entries(out, 3, currency, zone);
    for (QDate from = period.from; from <= period.to;) {
        const QDate to = chunkEnd(from, period.to);
        VoucherStore::forEachWithLines(db, from, to, [&](const Voucher& v) { entries.write(v); });
        from = to.addDays(1);
    }
    const bool flushed = entries.flush();
    w.writeEndElement();  // Journal
    w.writeEndElement();  // GeneralLedgerEntries
    w.writeEndElement();  // AuditFile
    w.writeEndDocument();

    const Totals& written = entries.written();
    if (written.entries != totals.entries || written.debitMinor != totals.debitMinor ||
        written.creditMinor != totals.creditMinor)
        throw Error(ErrorCode::Storage,
                    tr("The vouchers read for the SAF-T file do not add up to their totals."));
    if (w.hasError() || !flushed)
        throw Error(ErrorCode::Storage, tr("The SAF-T file could not be written."));
}

}  // namespace skranke
