#pragma once

#include "core/money/currency.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/orders/order.h"
#include "core/orders/orderimportparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

namespace skranke {

// Reads the order file one field at a time. A reader that cannot use a
// field notes why as an ImportProblem (path only; positions come later) and
// returns nullopt, so that the parser reads on and reports every problem in
// one go. An optional field that is left out or null is nullopt without a
// problem. Each takes the object, its path and the member's key.
class OrderImportFields final {
    // The parser's context, so that translators see the file's messages together.
    Q_DECLARE_TR_FUNCTIONS(skranke::OrderImportParser)
public:
    enum class Need { Optional, Required };

    explicit OrderImportFields(std::vector<ImportProblem>& problems) : m_problems(problems) {}

    void problem(const QString& path, const QString& message);
    std::size_t problemCount() const { return m_problems.size(); }
    // Present and not null.
    static bool given(const QJsonObject& object, const QString& key);
    // For messages: "a number", "a text", …
    static QString typeName(const QJsonValue& value);

    std::optional<QJsonObject> object(const QJsonObject& o, const QString& path, const QString& key,
                                      Need need);
    // A required list must not be empty.
    std::optional<QJsonArray> array(const QJsonObject& o, const QString& path, const QString& key,
                                    Need need);
    // Trimmed; a required text must not be blank, an optional blank one is
    // left out. maxLength 0: no limit.
    std::optional<QString> text(const QJsonObject& o, const QString& path, const QString& key,
                                Need need, int maxLength = 0);
    // Untrimmed (a comment keeps its layout); optional.
    std::optional<QString> rawText(const QJsonObject& o, const QString& path, const QString& key);
    std::optional<QString> choice(const QJsonObject& o, const QString& path, const QString& key,
                                  const QStringList& allowed, Need need);
    // An optional text that must contain "@".
    std::optional<QString> email(const QJsonObject& o, const QString& path, const QString& key);
    // A JSON number without fraction in [min, max]; a count or an id, never money.
    std::optional<std::int64_t> whole(const QJsonObject& o, const QString& path, const QString& key,
                                      Need need, std::int64_t min, std::int64_t max);
    // A decimal string, never negative. Without a currency (it was unknown)
    // only the JSON type is checked and nullopt returned.
    std::optional<Money> amount(const QJsonObject& o, const QString& path, const QString& key,
                                Need need, std::optional<Currency> currency);
    // Optional; a percentage 0–100 as a string.
    std::optional<Rate> percent(const QJsonObject& o, const QString& path, const QString& key);
    // Required; milliseconds since the epoch.
    std::optional<std::int64_t> instant(const QJsonObject& o, const QString& path,
                                        const QString& key);
    std::optional<Currency> currency(const QJsonObject& o, const QString& path, const QString& key);
    // Optional; each member an optional text.
    std::optional<OrderAddress> address(const QJsonObject& o, const QString& path,
                                        const QString& key);

private:
    // The member's value, or nullopt (a problem when required) if left out.
    std::optional<QJsonValue> value(const QJsonObject& o, const QString& path, const QString& key,
                                    Need need);
    std::vector<ImportProblem>& m_problems;
};

}  // namespace skranke
