#pragma once

#include <QDate>
#include <QString>

namespace skranke {

// Calendar dates travel as ISO text ('YYYY-MM-DD') in SQL, JSON and the CLI.
class Dates final {
public:
    // Throws Error::invalid(field) unless the text is a real ISO date.
    static QDate parse(const QString& text, const QString& field);
    static QString iso(const QDate& date) { return date.toString(Qt::ISODate); }
    // The calendar date of an instant in a time zone (the company's).
    static QDate localDate(std::int64_t unixMs, const QString& timeZone);
};

}  // namespace skranke
