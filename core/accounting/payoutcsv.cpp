#include "core/accounting/payoutcsv.h"

#include "core/money/currency.h"
#include "core/store/error.h"

#include <QHash>
#include <QStringDecoder>
#include <optional>

namespace skranke {

namespace {

constexpr int maxPayoutIdLength = 64;
constexpr int maxReferenceLength = 100;
constexpr int maxProblemsShown = 50;  // a wrong file should not flood the message box

const QString colPayoutId = QStringLiteral("payout_id");
const QString colPayoutDate = QStringLiteral("payout_date");
const QString colCurrency = QStringLiteral("currency");
const QString colType = QStringLiteral("type");
const QString colReference = QStringLiteral("reference");
const QString colTxDate = QStringLiteral("transaction_date");
const QString colAmount = QStringLiteral("amount");
const QString colFee = QStringLiteral("fee");
const QString colText = QStringLiteral("text");

struct Record {
    int line = 0;  // where the record starts
    QStringList fields;
    bool blank() const { return fields.size() == 1 && fields.front().trimmed().isEmpty(); }
};

// The header's separator: the one of ';' and ',' it uses more, outside quotes.
QChar detectSeparator(const QString& text) {
    int semicolons = 0;
    int commas = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u',')
            ++commas;
    }
    return commas > semicolons ? QChar(u',') : QChar(u';');
}

// Splits the text into records of fields; a quoted field may hold the
// separator, a quote written twice, and line breaks.
std::vector<Record> splitRecords(const QString& text, QChar sep,
                                 std::vector<PayoutCsvProblem>& problems) {
    std::vector<Record> records;
    Record record{1, {QString()}};
    int line = 1;
    bool quoted = false;
    int quoteLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                record.fields.back() += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                record.fields.back() += c;
            }
        } else if (c == u'"') {
            quoted = true;
            quoteLine = line;
        } else if (c == sep) {
            record.fields.append(QString());
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            records.push_back(record);
            ++line;
            record = Record{line, {QString()}};
        } else {
            record.fields.back() += c;
        }
    }
    if (quoted)
        problems.push_back({quoteLine, QString(),
                            PayoutCsv::tr("A quoted field starts here and is never closed.")});
    records.push_back(record);
    return records;
}

// Reads the rows into payouts; what is wrong into the problems.
class RowReader final {
    Q_DECLARE_TR_FUNCTIONS(skranke::PayoutCsv)
public:
    RowReader(const QHash<QString, int>& columns, const QString& companyCurrency,
              std::vector<PayoutCsvProblem>& problems)
        : m_columns(columns),
          m_currency(Currency::fromCode(companyCurrency)),
          m_problems(problems) {}

    void read(const Record& r) {
        m_line = r.line;
        m_fields = &r.fields;
        const QString id = value(colPayoutId);
        if (id.isEmpty())
            problem(colPayoutId, tr("The payout id is missing."));
        else if (id.size() > maxPayoutIdLength)
            problem(colPayoutId,
                    tr("The payout id is longer than %1 characters.").arg(maxPayoutIdLength));
        const std::optional<QDate> payoutDate = date(colPayoutDate, true);
        const QString currency = value(colCurrency);
        if (currency != m_currency.code())
            problem(colCurrency,
                    currency.isEmpty()
                        ? tr("The currency is missing; it must be %1.").arg(m_currency.code())
                        : tr("The currency is %1; Skranke keeps this company's "
                             "books in %2.")
                              .arg(currency, m_currency.code()));
        const QString type = value(colType);
        const bool isTx = type == QLatin1String("transaction");
        if (!isTx && type != QLatin1String("fee"))
            problem(colType,
                    tr("The type is \"%1\"; it must be \"transaction\" or \"fee\".").arg(type));
        PayoutLine line;
        line.kind = type;
        line.reference = value(colReference);
        line.text = value(colText);
        if (isTx && line.reference.isEmpty())
            problem(colReference, tr("A transaction needs its reference."));
        else if (line.reference.size() > maxReferenceLength)
            problem(colReference,
                    tr("The reference is longer than %1 characters.").arg(maxReferenceLength));
        line.txDate = date(colTxDate, isTx).value_or(QDate());
        const std::optional<Money> amountRead = amount(colAmount);
        const std::optional<Money> feeRead = amount(colFee);
        line.amount = amountRead.value_or(Money::zero(m_currency));
        line.fee = feeRead.value_or(Money::zero(m_currency));
        if (line.fee.isNegative())
            problem(colFee, tr("The fee is negative; fees are written as positive amounts."));
        if (isTx && amountRead && amountRead->isZero())
            problem(colAmount, tr("A transaction's amount cannot be 0."));
        else if (isTx && !hasAmount(colAmount))
            problem(colAmount, tr("A transaction needs its amount."));
        if (type == QLatin1String("fee") && !line.amount.isZero())
            problem(colAmount, tr("A fee row has no amount (leave it empty or 0); write the fee "
                                  "in the fee column."));
        if (type == QLatin1String("fee") && (!hasAmount(colFee) || (feeRead && feeRead->isZero())))
            problem(colFee, tr("A fee row needs a fee above 0."));
        if (!id.isEmpty())
            add(id, payoutDate, currency, line);
    }

    std::vector<Payout> takePayouts() { return std::move(m_payouts); }

private:
    const QHash<QString, int>& m_columns;
    const Currency m_currency;
    std::vector<PayoutCsvProblem>& m_problems;
    std::vector<Payout> m_payouts;
    QHash<QString, std::size_t> m_index;  // payout id → m_payouts
    QHash<QString, int> m_firstLine;
    int m_line = 0;
    const QStringList* m_fields = nullptr;

    void problem(const QString& column, const QString& message) {
        m_problems.push_back({m_line, column, message});
    }
    QString value(const QString& column) const {
        return m_fields->at(m_columns.value(column)).trimmed();
    }
    bool hasAmount(const QString& column) const { return !value(column).isEmpty(); }

    std::optional<QDate> date(const QString& column, bool required) {
        const QString text = value(column);
        if (text.isEmpty()) {
            if (required)
                problem(column, tr("The date is missing (write it as yyyy-mm-dd)."));
            return std::nullopt;
        }
        const QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!d.isValid()) {
            problem(column, tr("\"%1\" is not a date; write it as yyyy-mm-dd.").arg(text));
            return std::nullopt;
        }
        return d;
    }

    std::optional<Money> amount(const QString& column) {
        const QString text = value(column);
        if (text.isEmpty())
            return std::nullopt;
        try {
            return Money::fromDecimalString(text, m_currency, column);
        } catch (const Error& e) {
            problem(column, e.message());
            return std::nullopt;
        }
    }

    void add(const QString& id, const std::optional<QDate>& date, const QString& currency,
             PayoutLine line) {
        auto it = m_index.constFind(id);
        if (it == m_index.constEnd()) {
            Payout p;
            p.reference = id;
            p.date = date.value_or(QDate());
            p.currency = currency;
            p.gross = p.fee = p.net = Money::zero(m_currency);
            m_index.insert(id, m_payouts.size());
            m_firstLine.insert(id, m_line);
            m_payouts.push_back(p);
            it = m_index.constFind(id);
        }
        Payout& p = m_payouts[*it];
        const int first = m_firstLine.value(id);
        if (date && p.date.isValid() && *date != p.date)
            problem(colPayoutDate, tr("Payout %1 is dated %2 on line %3, here %4; all its rows "
                                      "must have the same payout_date.")
                                       .arg(id, p.date.toString(Qt::ISODate))
                                       .arg(first)
                                       .arg(date->toString(Qt::ISODate)));
        else if (date && !p.date.isValid())
            p.date = *date;
        if (currency != p.currency)
            problem(colCurrency, tr("Payout %1 is in %2 on line %3, here in %4; all its rows "
                                    "must have the same currency.")
                                     .arg(id, p.currency)
                                     .arg(first)
                                     .arg(currency));
        line.lineNo = int(p.lines.size()) + 1;
        try {
            if (line.isTransaction()) {
                p.gross += line.amount;
                ++p.transactionCount;
            }
            p.fee += line.fee;
            p.net = p.gross - p.fee;
        } catch (const Error&) {
            problem(QString(), tr("Payout %1 adds up to too large an amount.").arg(id));
        }
        p.lines.push_back(line);
    }
};

}  // namespace

QStringList PayoutCsv::columns() {
    return {colPayoutId, colPayoutDate, colCurrency, colType, colReference,
            colTxDate,   colAmount,     colFee,      colText};
}

PayoutCsvParse PayoutCsv::parse(const QByteArray& csv, const QString& companyCurrency) {
    PayoutCsvParse out;
    auto& problems = out.problems;
    if (csv.contains('\0')) {
        problems.push_back({0, QString(),
                            tr("The file is not a text file (it holds binary data); a "
                               "settlement report is CSV text in UTF-8.")});
        return out;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(csv);
    if (decoder.hasError()) {
        problems.push_back({0, QString(),
                            tr("The file is not UTF-8 text; save the settlement report as "
                               "CSV in UTF-8.")});
        return out;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.trimmed().isEmpty()) {
        problems.push_back({0, QString(), tr("The file is empty.")});
        return out;
    }

    std::vector<Record> records = splitRecords(text, detectSeparator(text), problems);
    std::erase_if(records, [](const Record& r) { return r.blank(); });
    const Record& header = records.front();
    QHash<QString, int> columns;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!name.isEmpty() && columns.contains(name))
            problems.push_back(
                {header.line, name, tr("The header names column \"%1\" twice.").arg(name)});
        columns.insert(name, i);
    }
    bool missing = false;
    for (const QString& name : PayoutCsv::columns()) {
        if (columns.contains(name))
            continue;
        problems.push_back({header.line, name, tr("The header has no column \"%1\".").arg(name)});
        missing = true;
    }
    if (missing)
        problems.push_back({header.line, QString(),
                            tr("A settlement report's header names the columns %1.")
                                .arg(PayoutCsv::columns().join(QLatin1Char(';')))});
    if (!problems.empty())
        return out;
    if (records.size() == 1) {
        problems.push_back({0, QString(), tr("The file has a header but no rows.")});
        return out;
    }

    RowReader reader(columns, companyCurrency, problems);
    for (std::size_t i = 1; i < records.size(); ++i) {
        const Record& r = records[i];
        if (r.fields.size() != header.fields.size()) {
            problems.push_back({r.line, QString(),
                                tr("The row has %1 fields; the header has %2.")
                                    .arg(r.fields.size())
                                    .arg(header.fields.size())});
            continue;
        }
        reader.read(r);
    }
    if (problems.empty())
        out.payouts = reader.takePayouts();
    return out;
}

QString PayoutCsv::describe(const std::vector<PayoutCsvProblem>& problems) {
    QStringList lines;
    for (const PayoutCsvProblem& p : problems) {
        if (lines.size() == maxProblemsShown) {
            lines << tr("… and %n more problem(s).", nullptr,
                        int(problems.size()) - maxProblemsShown);
            break;
        }
        if (p.line == 0)
            lines << p.message;
        else if (p.column.isEmpty())
            lines << tr("line %1: %2").arg(p.line).arg(p.message);
        else
            lines << tr("line %1, %2: %3").arg(p.line).arg(p.column, p.message);
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace skranke
