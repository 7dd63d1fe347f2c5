#include "core/accounting/sie4reader.h"

#include "core/accounting/sie4export.h"
#include "core/store/error.h"

#include <QStringList>
#include <optional>

namespace skranke {

namespace {

class LineReader final {
public:
    LineReader(int lineNo, QStringList fields) : m_lineNo(lineNo), m_fields(std::move(fields)) {}

    QString at(int i) const {
        if (i >= m_fields.size())
            fail(Sie4Reader::tr("%1 has too few fields.").arg(m_fields.value(0)));
        return m_fields.at(i);
    }
    QString optional(int i) const { return m_fields.value(i); }
    QDate date(int i) const {
        const QDate d = QDate::fromString(at(i), QStringLiteral("yyyyMMdd"));
        if (!d.isValid())
            fail(Sie4Reader::tr("“%1” is not a date like 20260131.").arg(at(i)));
        return d;
    }
    QDate optionalDate(int i) const { return optional(i).isEmpty() ? QDate() : date(i); }
    Money amount(int i, const Currency& currency) const {
        try {
            return Money::fromDecimalString(at(i), currency, QStringLiteral("file"));
        } catch (const Error& e) {
            fail(e.message());
        }
    }
    [[noreturn]] void fail(const QString& why) const {
        throw Error::invalid(QStringLiteral("file"),
                             Sie4Reader::tr("SIE file, line %1: %2").arg(m_lineNo).arg(why));
    }

private:
    int m_lineNo;
    QStringList m_fields;
};

bool isBlank(QChar c) {
    return c == u' ' || c == u'\t';
}

}  // namespace

Money Sie4Voucher::sum() const {
    if (transactions.empty())
        return Money();
    Money s = Money::zero(transactions.front().amount.currency());
    for (const Sie4Transaction& t : transactions)
        s += t.amount;
    return s;
}

QStringList Sie4Reader::fields(const QString& line) {
    QStringList out;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        if (isBlank(line.at(i))) {
            ++i;
            continue;
        }
        QString field;
        if (line.at(i) == u'"') {
            for (++i; i < n && line.at(i) != u'"'; ++i) {
                if (line.at(i) == u'\\' && i + 1 < n && line.at(i + 1) == u'"')
                    ++i;
                field += line.at(i);
            }
            ++i;  // the closing quote
        } else if (line.at(i) == u'{') {
            for (; i < n && line.at(i) != u'}'; ++i)
                field += line.at(i);
            if (i < n)
                field += line.at(i++);
        } else {
            for (; i < n && !isBlank(line.at(i)); ++i)
                field += line.at(i);
        }
        out << field;
    }
    return out;
}

Sie4File Sie4Reader::read(const QByteArray& bytes) {
    QStringList lines = Sie4Export::decodePc8(bytes).split(u'\n');
    for (QString& l : lines)
        if (l.endsWith(u'\r'))
            l.chop(1);

    Sie4File file;
    // Amounts are in #VALUTA's currency wherever the label stands.
    for (const QString& l : lines) {
        const QStringList f = fields(l);
        if (f.size() >= 2 && f.at(0).toUpper() == QLatin1String("#VALUTA"))
            file.currency = f.at(1).toUpper();
    }
    if (!Currency::isKnown(file.currency))
        throw Error::invalid(QStringLiteral("file"),
                             tr("The SIE file's currency “%1” is unknown.").arg(file.currency));
    const Currency currency = Currency::fromCode(file.currency);

    std::optional<Sie4Voucher> voucher;
    bool inVoucher = false;
    for (int index = 0; index < lines.size(); ++index) {
        const QString line = lines.at(index).trimmed();
        const LineReader r(index + 1, fields(line));
        if (line.isEmpty())
            continue;
        if (voucher && !inVoucher && line != QLatin1String("{"))
            r.fail(tr("#VER is not followed by “{”."));
        if (line == QLatin1String("{")) {
            if (!voucher || inVoucher)
                r.fail(tr("“{” without #VER."));
            inVoucher = true;
            continue;
        }
        if (line == QLatin1String("}")) {
            if (!inVoucher)
                r.fail(tr("“}” without “{”."));
            file.vouchers.push_back(std::move(*voucher));
            voucher.reset();
            inVoucher = false;
            continue;
        }
        const QString label = r.at(0).toUpper();
        if (inVoucher && label != QLatin1String("#TRANS") && label != QLatin1String("#RTRANS") &&
            label != QLatin1String("#BTRANS"))
            r.fail(tr("%1 inside a voucher.").arg(label));

        if (label == QLatin1String("#FLAGGA")) {
            file.flag = r.at(1);
        } else if (label == QLatin1String("#PROGRAM")) {
            file.program = r.at(1);
            file.programVersion = r.optional(2);
        } else if (label == QLatin1String("#FORMAT")) {
            file.format = r.at(1);
        } else if (label == QLatin1String("#GEN")) {
            file.generated = r.date(1);
        } else if (label == QLatin1String("#SIETYP")) {
            file.sieType = r.at(1);
        } else if (label == QLatin1String("#ORGNR")) {
            file.orgNumber = r.at(1);
        } else if (label == QLatin1String("#FNAMN")) {
            file.companyName = r.at(1);
        } else if (label == QLatin1String("#RAR")) {
            if (r.at(1) == QLatin1String("0")) {
                file.yearStart = r.date(2);
                file.yearEnd = r.date(3);
            }
        } else if (label == QLatin1String("#KPTYP")) {
            file.chartType = r.at(1);
        } else if (label == QLatin1String("#KONTO")) {
            file.accountNames[r.at(1)] = r.at(2);
        } else if (label == QLatin1String("#KTYP")) {
            const QString type = r.at(2).toUpper();
            if (type.size() != 1 || !QStringLiteral("TSKI").contains(type))
                r.fail(tr("“%1” is not an account type (T, S, K or I).").arg(type));
            file.accountTypes[r.at(1)] = type.at(0);
        } else if (label == QLatin1String("#IB") || label == QLatin1String("#UB") ||
                   label == QLatin1String("#RES")) {
            if (r.at(1) != QLatin1String("0"))
                continue;
            auto& target = label == QLatin1String("#IB")   ? file.opening
                           : label == QLatin1String("#UB") ? file.closing
                                                           : file.result;
            target.insert_or_assign(r.at(2), r.amount(3, currency));
        } else if (label == QLatin1String("#VER")) {
            voucher =
                Sie4Voucher{r.at(1), r.at(2), r.date(3), r.optional(4), r.optionalDate(5), {}};
        } else if (label == QLatin1String("#TRANS")) {
            if (!inVoucher)
                r.fail(tr("#TRANS outside a voucher."));
            if (!r.at(2).startsWith(u'{'))
                r.fail(tr("#TRANS lacks its object list “{}”."));
            voucher->transactions.push_back(
                {r.at(1), r.amount(3, currency), r.optionalDate(4), r.optional(5)});
        }
        // Other labels (#RTRANS, #BTRANS, #SRU, #DIM, …) are not Skranke's; skipped.
    }
    if (voucher)
        throw Error::invalid(QStringLiteral("file"),
                             tr("The SIE file ends inside voucher %1.").arg(voucher->number));
    return file;
}

}  // namespace skranke
