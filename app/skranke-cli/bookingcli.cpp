#include "app/skranke-cli/bookingcli.h"

#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/usageerror.h"
#include "core/booking/bookingtime.h"
#include "core/catalog/catalogservice.h"
#include "core/company/companyservice.h"
#include "core/store/error.h"
#include "core/time/dates.h"

#include <QJsonValue>
#include <limits>

namespace skranke::cli {

QString BookingCli::required(const QCommandLineParser& p, const char* option,
                             const QString& usage) {
    if (!p.isSet(QLatin1String(option)) || p.value(QLatin1String(option)).trimmed().isEmpty())
        throw UsageError(tr("--%1 is required.").arg(QLatin1String(option)) +
                         QStringLiteral("\n\n") + usage);
    return p.value(QLatin1String(option)).trimmed();
}

std::int64_t BookingCli::id(const QString& text, const char* field) {
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok || n <= 0)
        throw Error::invalid(QLatin1String(field),
                             tr("\"%1\" is not an ID (a whole number above 0).").arg(text));
    return n;
}

int BookingCli::count(const QCommandLineParser& p, const char* option, int fallback, int min) {
    const std::int64_t n = CliContext::wholeNumber(p, option, fallback, min);
    if (n > std::numeric_limits<int>::max())
        throw Error::invalid(field(option), tr("--%1 is too large: %2.")
                                                .arg(QLatin1String(option))
                                                .arg(p.value(QLatin1String(option))));
    return int(n);
}

Product BookingCli::product(Database& db, const QString& numberOrId, const char* fieldName) {
    const QString key = numberOrId.trimmed();
    std::optional<Product> p =
        key.isEmpty() ? std::nullopt : CatalogService::productByNumber(db, key);
    if (!p) {
        bool isId = false;
        const qint64 id = key.toLongLong(&isId);
        if (isId && id > 0)
            p = CatalogService::product(db, id);
    }
    if (!p)
        throw Error::invalid(QLatin1String(fieldName),
                             tr("No product has the item number or ID \"%1\".").arg(key));
    return *p;
}

Money BookingCli::amount(Database& db, const QString& text, const char* fieldName) {
    return Money::fromDecimalString(text.trimmed(),
                                    Currency::fromCode(CompanyService::rules(db).currency),
                                    QLatin1String(fieldName));
}

QDate BookingCli::dateOr(CliContext& ctx, const QCommandLineParser& p, const char* option) {
    if (p.isSet(QLatin1String(option)))
        return Dates::parse(p.value(QLatin1String(option)).trimmed(), field(option));
    return Dates::localDate(ctx.clock().nowMs(), CompanyService::require(ctx.db()).timeZone);
}

QString BookingCli::field(const char* option) {
    return QString::fromLatin1(option).replace(QLatin1Char('-'), QLatin1Char('_'));
}

QJsonObject BookingCli::productJson(const Product& p) {
    return {{QStringLiteral("id"), qint64(p.id)},
            {QStringLiteral("number"), p.number},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("kind"), productKindKey(p.kind)}};
}

BookingRowView::BookingRowView(Database& db, const std::vector<Invoice>& invoices) : m_db(db) {
    for (const Resource& r : CatalogService::resources(db))
        m_resources[r.id] = r.name;
    for (const Invoice& inv : invoices)
        m_invoiceNumbers[inv.id] = inv.number;
}

const Product& BookingRowView::product(std::int64_t id) {
    auto it = m_products.find(id);
    if (it == m_products.end()) {
        const auto p = CatalogService::product(m_db, id);
        if (!p)
            throw Error(ErrorCode::NotFound, tr("There is no product %1.").arg(id),
                        QStringLiteral("product"));
        it = m_products.emplace(id, *p).first;
    }
    return it->second;
}

QString BookingRowView::resource(std::int64_t id) const {
    const auto it = m_resources.find(id);
    return it == m_resources.end() ? QString() : it->second;
}

QString BookingRowView::time(const BookingRow& row, std::int64_t minute) {
    return BookingTime::format(minute, product(row.productId).kind);
}

QJsonObject BookingRowView::json(const BookingRow& r) {
    QJsonObject guests;
    for (const auto& [key, n] : r.guests)
        guests.insert(key, n);
    const auto invoice = m_invoiceNumbers.find(r.invoiceId);
    return {{QStringLiteral("id"), qint64(r.id)},
            {QStringLiteral("booking"), qint64(r.bookingId)},
            {QStringLiteral("status"), rowStatusKey(r.status)},
            {QStringLiteral("product"), BookingCli::productJson(product(r.productId))},
            {QStringLiteral("resource"),
             r.resourceId > 0
                 ? QJsonValue(QJsonObject{{QStringLiteral("id"), qint64(r.resourceId)},
                                          {QStringLiteral("name"), resource(r.resourceId)}})
                 : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("arrival"), time(r, r.start)},
            {QStringLiteral("departure"), time(r, r.end)},
            {QStringLiteral("quantity"), r.quantity},
            {QStringLiteral("guests"), guests},
            {QStringLiteral("price"), r.price().toDecimalString()},
            {QStringLiteral("offered"),
             r.offered ? QJsonValue(r.offered->toDecimalString()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("manual"), r.manual.has_value()},
            {QStringLiteral("invoice_text"), r.invoiceText},
            {QStringLiteral("tags"), r.tags},
            {QStringLiteral("parent"),
             r.parentId > 0 ? QJsonValue(qint64(r.parentId)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("overbooked"), r.overbooked},
            {QStringLiteral("recurring"), r.recurring},
            {QStringLiteral("invoiced"), r.invoiceId > 0},
            {QStringLiteral("invoice"), invoice != m_invoiceNumbers.end()
                                            ? QJsonValue(qint64(invoice->second))
                                            : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("settled"), r.settled()}};
}

QString BookingRowView::line(const BookingRow& r) {
    const Product& p = product(r.productId);
    QStringList flags;
    if (r.manual)
        flags << tr("manual price");
    if (r.overbooked)
        flags << tr("overbooked");
    if (r.recurring)
        flags << tr("repeats monthly");
    if (r.parentId > 0)
        flags << tr("under row %1").arg(r.parentId);
    const auto invoice = m_invoiceNumbers.find(r.invoiceId);
    if (invoice != m_invoiceNumbers.end())
        flags << tr("invoice %1").arg(invoice->second);
    if (r.settled())
        flags << tr("settled");
    // One arg() call, so that a % in a name is never taken for a placeholder.
    QString text =
        QStringLiteral("%1  %2  %3 %4  %5  %6 – %7  ×%8  %9")
            .arg(QString::number(r.id).rightJustified(5), rowStatusName(r.status).leftJustified(16),
                 p.number.leftJustified(6), r.invoiceText.leftJustified(24),
                 resource(r.resourceId).leftJustified(10), time(r, r.start), time(r, r.end),
                 QString::number(r.quantity), r.price().toDecimalString().rightJustified(10));
    if (!r.guests.empty())
        text += QStringLiteral("  ") + tr("guests %1").arg(guestsToText(r.guests));
    if (!flags.isEmpty())
        text += QStringLiteral("  [") + flags.join(QStringLiteral(", ")) + QLatin1Char(']');
    return text;
}

}  // namespace skranke::cli
