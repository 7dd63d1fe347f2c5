#include "core/money/decimaltext.h"

#include <QCoreApplication>

namespace skranke {

namespace {

bool isSpace(QChar c) {
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F);
}

class MoneyText {
    Q_DECLARE_TR_FUNCTIONS(skranke::Money)
};

bool isAsciiDigit(QChar c) {
    return c.unicode() >= '0' && c.unicode() <= '9';
}

}  // namespace

bool DecimalText::parse(const QString& raw, const QLocale& locale, DecimalText& out,
                        QString& problem) {
    QString text = raw.trimmed();
    bool negative = false;
    if (!text.isEmpty() &&
        (text[0] == QLatin1Char('-') || text[0] == QChar(0x2212) || text[0] == QLatin1Char('+'))) {
        negative = text[0] != QLatin1Char('+');
        text = text.mid(1).trimmed();
    }
    if (text.isEmpty()) {
        problem = MoneyText::tr("is empty");
        return false;
    }
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const bool spaceGroups = group.size() == 1 && isSpace(group[0]);

    const qsizetype point = text.indexOf(decimal);
    if (point >= 0 && text.indexOf(decimal, point + 1) >= 0) {
        problem = MoneyText::tr("has more than one decimal separator");
        return false;
    }
    const QString whole = point >= 0 ? text.left(point) : text;
    const QString fraction = point >= 0 ? text.mid(point + decimal.size()) : QString();

    QStringList groups;
    QString current;
    for (QChar c : whole) {
        if (isAsciiDigit(c)) {
            current += c;
        } else if ((spaceGroups && isSpace(c)) || (!spaceGroups && QString(c) == group)) {
            groups << current;
            current.clear();
        } else {
            problem = MoneyText::tr("contains \"%1\", which is not part of a number").arg(c);
            return false;
        }
    }
    groups << current;
    if (groups.first().isEmpty() && (groups.size() > 1 || fraction.isEmpty())) {
        problem = MoneyText::tr("is not a number");
        return false;
    }
    if (groups.size() > 1) {
        if (groups.first().size() > 3) {
            problem = MoneyText::tr("has misplaced thousands separators");
            return false;
        }
        for (qsizetype i = 1; i < groups.size(); ++i)
            if (groups[i].size() != 3) {
                problem = MoneyText::tr("has misplaced thousands separators");
                return false;
            }
    }
    for (QChar c : fraction)
        if (!isAsciiDigit(c)) {
            problem = MoneyText::tr("contains \"%1\", which is not part of a number").arg(c);
            return false;
        }
    const QString digits = groups.join(QString()) + fraction;
    if (digits.size() > 30) {
        problem = MoneyText::tr("is too large");
        return false;
    }
    out.digits = 0;
    for (QChar c : digits)
        out.digits = out.digits * 10 + (c.unicode() - '0');
    if (negative)
        out.digits = -out.digits;
    out.scale = int(fraction.size());
    return true;
}

}  // namespace skranke
