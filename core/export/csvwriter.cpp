#include "core/export/csvwriter.h"

#include "core/store/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace skranke {

CsvWriter::CsvWriter(QChar separator) : m_separator(separator) {
}

QChar CsvWriter::separatorFromText(const QString& text) {
    if (text == QLatin1String(";"))
        return QLatin1Char(';');
    if (text == QLatin1String(","))
        return QLatin1Char(',');
    if (text == QLatin1String("tab") || text == QLatin1String("\t"))
        return QLatin1Char('\t');
    throw Error::invalid(QStringLiteral("separator"),
                         QCoreApplication::translate("skranke::CsvWriter",
                                                     "The separator must be ';', ',' or tab, not "
                                                     "\"%1\".")
                             .arg(text));
}

QString CsvWriter::quoted(const QString& field) const {
    if (!field.contains(m_separator) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList& fields) {
    QStringList out;
    for (const QString& f : fields)
        out << quoted(f);
    m_text += out.join(m_separator) + QStringLiteral("\r\n");
}

QByteArray CsvWriter::bytes() const {
    return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8();
}

void CsvWriter::save(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes()) < 0 || !file.commit())
        throw Error(ErrorCode::Storage,
                    QCoreApplication::translate("skranke::CsvWriter", "Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    QStringLiteral("file"));
}

}  // namespace skranke
