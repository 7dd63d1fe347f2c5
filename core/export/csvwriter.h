#pragma once

#include <QString>
#include <QStringList>

namespace skranke {

// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads æøå),
// CRLF line ends, fields quoted when they hold the separator, a quote or a
// line break. The separator is ';' (Nordic Excel), '\t' or ','.
class CsvWriter final {
public:
    explicit CsvWriter(QChar separator = QLatin1Char(';'));
    // ";", "tab" or "\t", "," — throws Error::invalid("separator") otherwise.
    static QChar separatorFromText(const QString& text);

    void addRow(const QStringList& fields);
    QByteArray bytes() const;              // with the BOM
    void save(const QString& path) const;  // throws Error on failure

private:
    QString quoted(const QString& field) const;
    QChar m_separator;
    QString m_text;
};

}  // namespace skranke
