#include "core/orders/orderimportfields.h"

#include "core/orders/jsontextpositions.h"
#include "core/store/error.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <limits>

namespace skranke {

namespace {

// A JSON value as it was written ("1.5", "true"), for messages.
QString jsonText(const QJsonValue& value) {
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

}  // namespace

void OrderImportFields::problem(const QString& path, const QString& message) {
    m_problems.push_back(ImportProblem{path, 0, 0, message});
}

bool OrderImportFields::given(const QJsonObject& object, const QString& key) {
    const QJsonValue v = object.value(key);
    return !v.isUndefined() && !v.isNull();
}

QString OrderImportFields::typeName(const QJsonValue& value) {
    switch (value.type()) {
        case QJsonValue::Null:
            return tr("null");
        case QJsonValue::Bool:
            return tr("true or false");
        case QJsonValue::Double:
            return tr("a number");
        case QJsonValue::String:
            return tr("a text");
        case QJsonValue::Array:
            return tr("a list");
        case QJsonValue::Object:
            return tr("an object");
        case QJsonValue::Undefined:
            break;
    }
    return tr("nothing");
}

std::optional<QJsonValue> OrderImportFields::value(const QJsonObject& o, const QString& path,
                                                   const QString& key, Need need) {
    if (given(o, key))
        return o.value(key);
    if (need == Need::Required)
        problem(JsonTextPositions::child(path, key), tr("%1 is missing.").arg(key));
    return std::nullopt;
}

std::optional<QJsonObject> OrderImportFields::object(const QJsonObject& o, const QString& path,
                                                     const QString& key, Need need) {
    const auto v = value(o, path, key, need);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        problem(JsonTextPositions::child(path, key),
                tr("%1 must be an object { … }, not %2.").arg(key, typeName(*v)));
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QJsonArray> OrderImportFields::array(const QJsonObject& o, const QString& path,
                                                   const QString& key, Need need) {
    const auto v = value(o, path, key, need);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        problem(JsonTextPositions::child(path, key),
                tr("%1 must be a list [ … ], not %2.").arg(key, typeName(*v)));
        return std::nullopt;
    }
    if (need == Need::Required && v->toArray().isEmpty()) {
        problem(JsonTextPositions::child(path, key), tr("%1 is an empty list.").arg(key));
        return std::nullopt;
    }
    return v->toArray();
}

std::optional<QString> OrderImportFields::rawText(const QJsonObject& o, const QString& path,
                                                  const QString& key) {
    const auto v = value(o, path, key, Need::Optional);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        problem(JsonTextPositions::child(path, key),
                tr("%1 must be a text in quotes, not %2.").arg(key, typeName(*v)));
        return std::nullopt;
    }
    return v->toString();
}

std::optional<QString> OrderImportFields::text(const QJsonObject& o, const QString& path,
                                               const QString& key, Need need, int maxLength) {
    const auto v = value(o, path, key, need);
    if (!v)
        return std::nullopt;
    const QString field = JsonTextPositions::child(path, key);
    if (!v->isString()) {
        problem(field, tr("%1 must be a text in quotes, not %2.").arg(key, typeName(*v)));
        return std::nullopt;
    }
    const QString text = v->toString().trimmed();
    if (text.isEmpty()) {
        if (need == Need::Required)
            problem(field, tr("%1 is empty.").arg(key));
        return std::nullopt;
    }
    if (maxLength > 0 && text.size() > maxLength) {
        problem(field, tr("%1 is %2 characters long; at most %3 are allowed.")
                           .arg(key)
                           .arg(text.size())
                           .arg(maxLength));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> OrderImportFields::choice(const QJsonObject& o, const QString& path,
                                                 const QString& key, const QStringList& allowed,
                                                 Need need) {
    const auto t = text(o, path, key, need);
    if (!t)
        return std::nullopt;
    if (!allowed.contains(*t)) {
        problem(JsonTextPositions::child(path, key),
                tr("%1 must be one of %2, not \"%3\".")
                    .arg(key, allowed.join(QStringLiteral(", ")), *t));
        return std::nullopt;
    }
    return t;
}

std::optional<QString> OrderImportFields::email(const QJsonObject& o, const QString& path,
                                                const QString& key) {
    const auto t = text(o, path, key, Need::Optional);
    if (t && !t->contains(QLatin1Char('@'))) {
        problem(JsonTextPositions::child(path, key),
                tr("%1 \"%2\" is not an e-mail address: it has no \"@\".").arg(key, *t));
        return std::nullopt;
    }
    return t;
}

std::optional<std::int64_t> OrderImportFields::whole(const QJsonObject& o, const QString& path,
                                                     const QString& key, Need need,
                                                     std::int64_t min, std::int64_t max) {
    const auto v = value(o, path, key, need);
    if (!v)
        return std::nullopt;
    const QString field = JsonTextPositions::child(path, key);
    if (!v->isDouble()) {
        problem(field, tr("%1 must be a whole number, not %2.").arg(key, typeName(*v)));
        return std::nullopt;
    }
    // toInteger() gives the number only when it is whole; otherwise the
    // fallback, which lies below every allowed minimum.
    constexpr std::int64_t notWhole = std::numeric_limits<std::int64_t>::min();
    const std::int64_t n = v->toInteger(notWhole);
    if (n == notWhole || n < min || n > max) {
        problem(field, tr("%1 must be a whole number from %2 to %3, not %4.")
                           .arg(key)
                           .arg(min)
                           .arg(max)
                           .arg(jsonText(*v)));
        return std::nullopt;
    }
    return n;
}

std::optional<Money> OrderImportFields::amount(const QJsonObject& o, const QString& path,
                                               const QString& key, Need need,
                                               std::optional<Currency> currency) {
    const auto v = value(o, path, key, need);
    if (!v)
        return std::nullopt;
    const QString field = JsonTextPositions::child(path, key);
    if (v->isDouble()) {
        problem(field, tr("%1 must be written as a string like \"1250.00\", not as the number "
                          "%2: JSON numbers are floating point and can change an amount.")
                           .arg(key, jsonText(*v)));
        return std::nullopt;
    }
    if (!v->isString()) {
        problem(field, tr("%1 must be an amount written as a string like \"1250.00\", not %2.")
                           .arg(key, typeName(*v)));
        return std::nullopt;
    }
    if (!currency)
        return std::nullopt;
    const QString text = v->toString().trimmed();
    // Money reads "1,250.00" as C-locale grouping, but a Nordic shop's
    // "1,250" may mean 1.25: a machine format has no separators to guess at.
    if (text.contains(QLatin1Char(','))) {
        problem(field, tr("%1 \"%2\" must be written with a point for decimals and without "
                          "thousands separators, like \"1250.00\".")
                           .arg(key, text));
        return std::nullopt;
    }
    try {
        const Money money = Money::fromDecimalString(text, *currency, key);
        if (money.isNegative()) {
            problem(field, tr("%1 cannot be negative: \"%2\".").arg(key, text));
            return std::nullopt;
        }
        return money;
    } catch (const Error& e) {
        problem(field, tr("%1: %2").arg(key, e.message()));
        return std::nullopt;
    }
}

std::optional<Rate> OrderImportFields::percent(const QJsonObject& o, const QString& path,
                                               const QString& key) {
    const auto v = value(o, path, key, Need::Optional);
    if (!v)
        return std::nullopt;
    const QString field = JsonTextPositions::child(path, key);
    if (v->isDouble()) {
        problem(field, tr("%1 must be written as a string like \"25\", not as the number %2.")
                           .arg(key, jsonText(*v)));
        return std::nullopt;
    }
    if (!v->isString()) {
        problem(field, tr("%1 must be a percentage written as a string like \"25\", not %2.")
                           .arg(key, typeName(*v)));
        return std::nullopt;
    }
    const QString text = v->toString().trimmed();
    try {
        const Rate rate = Rate::parsePercent(text, key);
        if (rate > Rate::fromRational(1, 1)) {
            problem(field, tr("%1 must be a percentage from 0 to 100, not \"%2\".").arg(key, text));
            return std::nullopt;
        }
        return rate;
    } catch (const Error& e) {
        problem(field, tr("%1: %2").arg(key, e.message()));
        return std::nullopt;
    }
}

std::optional<std::int64_t> OrderImportFields::instant(const QJsonObject& o, const QString& path,
                                                       const QString& key) {
    const auto t = text(o, path, key, Need::Required);
    if (!t)
        return std::nullopt;
    // ClockFactory::parseInstant takes no fractions of a second and reads a
    // time without a zone as UTC; a webshop's local time read as UTC would
    // be silently wrong, so the zone is required here.
    const QDateTime time = QDateTime::fromString(*t, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime) {
        problem(JsonTextPositions::child(path, key),
                tr("%1 must be a time with a time zone, like \"2026-11-20T14:03:00Z\" or "
                   "\"2026-11-20T15:03:00+01:00\", not \"%2\".")
                    .arg(key, *t));
        return std::nullopt;
    }
    return time.toMSecsSinceEpoch();
}

std::optional<Currency> OrderImportFields::currency(const QJsonObject& o, const QString& path,
                                                    const QString& key) {
    const auto code = text(o, path, key, Need::Required);
    if (!code)
        return std::nullopt;
    if (!Currency::isKnown(*code)) {
        problem(JsonTextPositions::child(path, key),
                tr("%1: unknown currency \"%2\"; use a code such as DKK, NOK, SEK or EUR.")
                    .arg(key, *code));
        return std::nullopt;
    }
    return Currency::fromCode(*code);
}

std::optional<OrderAddress> OrderImportFields::address(const QJsonObject& o, const QString& path,
                                                       const QString& key) {
    const auto object = this->object(o, path, key, Need::Optional);
    if (!object)
        return std::nullopt;
    const QString at = JsonTextPositions::child(path, key);
    const auto read = [&](const char* member) {
        return text(*object, at, QLatin1String(member), Need::Optional).value_or(QString());
    };
    OrderAddress address;
    address.name = read("name");
    address.street = read("street");
    address.postcode = read("postcode");
    address.city = read("city");
    address.phone = read("phone");
    address.email = email(*object, at, QStringLiteral("email")).value_or(QString());
    address.country = read("country").toUpper();
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
    if (!address.country.isEmpty() && !twoLetters.match(address.country).hasMatch())
        problem(JsonTextPositions::child(at, QStringLiteral("country")),
                tr("country must be a two-letter country code such as \"DK\", not \"%1\".")
                    .arg(address.country));
    return address;
}

}  // namespace skranke
