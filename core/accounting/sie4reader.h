#pragma once

#include "core/money/money.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <map>
#include <vector>

namespace skranke {

struct Sie4Transaction {
    QString account;
    Money amount;
    QDate date;  // invalid when the line has none (the voucher's date applies)
    QString text;
};

struct Sie4Voucher {
    QString series;
    QString number;
    QDate date;
    QString text;
    QDate registered;
    std::vector<Sie4Transaction> transactions;

    Money sum() const;  // 0 when the voucher balances
};

// What a SIE 4 file says, as far as Skranke writes it. Balances are year 0's.
struct Sie4File {
    QString flag;
    QString program;
    QString programVersion;
    QString format;
    QDate generated;
    QString sieType;
    QString orgNumber;
    QString companyName;
    QDate yearStart;
    QDate yearEnd;
    QString chartType;
    QString currency = QStringLiteral("SEK");
    std::map<QString, QString> accountNames;
    std::map<QString, QChar> accountTypes;  // T, S, K, I
    std::map<QString, Money> opening;       // #IB
    std::map<QString, Money> closing;       // #UB
    std::map<QString, Money> result;        // #RES
    std::vector<Sie4Voucher> vouchers;
};

// Reads a SIE 4 file (PC8, CRLF or LF) back: for checking what the export
// wrote. Labels it does not know are skipped, as the standard asks. Throws
// Error::invalid("file") naming the line for what it cannot read.
class Sie4Reader final {
    Q_DECLARE_TR_FUNCTIONS(skranke::Sie4Reader)
public:
    static Sie4File read(const QByteArray& bytes);
    // Splits one line into its fields: quoted strings (\" inside), {…}
    // object lists as one field, and bare words.
    static QStringList fields(const QString& line);
};

}  // namespace skranke
