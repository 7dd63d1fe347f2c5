#include "core/orders/orderimportparser.h"

#include "core/orders/gateways.h"
#include "core/orders/jsontextpositions.h"
#include "core/orders/orderimportfields.h"
#include "core/orders/orderservice.h"
#include "core/store/error.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace skranke {

namespace {

using Need = OrderImportFields::Need;
using Path = JsonTextPositions;

const QString formatTag = QStringLiteral("skranke-orders/1");
constexpr int maxExternalIdLength = 64;  // what the shop's order numbers need, and fits a column
constexpr std::int64_t maxQuantity = 100000;
// Ids are read through doubles; beyond 2^53 they would no longer be exact.
constexpr std::int64_t maxId = (std::int64_t(1) << 53) - 1;

// The payment types whose money a card gateway holds.
bool hasGateway(const QString& type) {
    return type == QLatin1String("card") || type == QLatin1String("mobilepay") ||
           type == QLatin1String("vipps") || type == QLatin1String("swish");
}

QString amountText(const Money& money) {
    return money.toDecimalString() + QLatin1Char(' ') + money.currency().code();
}

// Reads one order: its fields into an ImportedOrder, what is wrong into the problems.
class OrderReader final {
    Q_DECLARE_TR_FUNCTIONS(skranke::OrderImportParser)
public:
    OrderReader(OrderImportFields& fields, const QString& path, const Rate& defaultVat)
        : m_fields(fields), m_path(path), m_defaultVat(defaultVat) {}

    ImportedOrder read(const QJsonObject& o) {
        ImportedOrder order;
        order.externalId =
            m_fields
                .text(o, m_path, QStringLiteral("external_id"), Need::Required, maxExternalIdLength)
                .value_or(QString());
        order.orderMs = m_fields.instant(o, m_path, QStringLiteral("created")).value_or(0);
        m_currency = m_fields.currency(o, m_path, QStringLiteral("currency"));
        if (m_currency)
            order.currency = *m_currency;
        readCustomer(o, order);
        order.billing =
            m_fields.address(o, m_path, QStringLiteral("billing")).value_or(OrderAddress());
        order.delivery =
            m_fields.address(o, m_path, QStringLiteral("delivery")).value_or(order.billing);
        if (order.customerEmail.isEmpty())
            order.customerEmail = order.billing.email;
        order.customerComment =
            m_fields.rawText(o, m_path, QStringLiteral("comment")).value_or(QString());
        readLines(o, order);
        readPayment(o, order);
        return order;
    }

private:
    OrderImportFields& m_fields;
    const QString m_path;
    const Rate& m_defaultVat;
    std::optional<Currency> m_currency;
    std::optional<Money> m_total;  // known when every line's amount is

    void readCustomer(const QJsonObject& o, ImportedOrder& order) {
        const auto customer =
            m_fields.object(o, m_path, QStringLiteral("customer"), Need::Required);
        if (!customer)
            return;
        const QString at = Path::child(m_path, QStringLiteral("customer"));
        const QString idKey = QStringLiteral("id");
        const auto id = m_fields.whole(*customer, at, idKey, Need::Optional, 1, maxId);
        // A registered customer's name is Skranke's, not the shop's copy.
        const auto name =
            OrderImportFields::given(*customer, idKey)
                ? std::nullopt
                : m_fields.text(*customer, at, QStringLiteral("name"), Need::Optional);
        order.customerEmail =
            m_fields.email(*customer, at, QStringLiteral("email")).value_or(QString());
        if (id)
            order.customerId = *id;
        else if (name)
            order.customerName = *name;
        else if (!OrderImportFields::given(*customer, idKey))
            m_fields.problem(at,
                             tr("customer needs an \"id\" (a registered customer) or a \"name\"."));
    }

    void readLines(const QJsonObject& o, ImportedOrder& order) {
        const auto lines = m_fields.array(o, m_path, QStringLiteral("lines"), Need::Required);
        if (!lines)
            return;
        const QString linesPath = Path::child(m_path, QStringLiteral("lines"));
        bool allAmounts = m_currency.has_value();
        Money total = Money::zero(m_currency.value_or(order.currency));
        for (qsizetype i = 0; i < lines->size(); ++i) {
            const QString at = Path::element(linesPath, i);
            if (!lines->at(i).isObject()) {
                m_fields.problem(at, tr("Each order line must be an object { … }, not %1.")
                                         .arg(OrderImportFields::typeName(lines->at(i))));
                allAmounts = false;
                continue;
            }
            bool amountRead = false;
            const OrderLine line = readLine(lines->at(i).toObject(), at, int(i) + 1, amountRead);
            order.lines.push_back(line);
            allAmounts = allAmounts && amountRead;
            if (!allAmounts)
                continue;
            try {
                total += line.amount;
            } catch (const Error&) {
                m_fields.problem(linesPath, tr("The order's lines add up to too large an amount."));
                allAmounts = false;
            }
        }
        // Without every line's amount there is no total to check against.
        if (allAmounts)
            m_total = total;
    }

    OrderLine readLine(const QJsonObject& o, const QString& at, int lineNo, bool& amountRead) {
        OrderLine line;
        line.lineNo = lineNo;
        line.itemNumber =
            m_fields.text(o, at, QStringLiteral("item_number"), Need::Optional).value_or(QString());
        line.text =
            m_fields.text(o, at, QStringLiteral("text"), Need::Required).value_or(QString());
        const auto quantity =
            m_fields.whole(o, at, QStringLiteral("quantity"), Need::Required, 1, maxQuantity);
        const auto amount =
            m_fields.amount(o, at, QStringLiteral("amount"), Need::Required, m_currency);
        static const QStringList kinds{QStringLiteral("value_card"), QStringLiteral("goods"),
                                       QStringLiteral("service")};
        const auto kind = m_fields.choice(o, at, QStringLiteral("kind"), kinds, Need::Required);
        const auto vat = m_fields.percent(o, at, QStringLiteral("vat_rate"));
        const auto booking =
            m_fields.whole(o, at, QStringLiteral("booking"), Need::Optional, 1, maxId);
        amountRead = amount.has_value();
        line.quantity = int(quantity.value_or(1));
        line.amount = amount.value_or(Money::zero(m_currency.value_or(line.amount.currency())));
        line.kind = !kind                                  ? OrderLineKind::Goods
                    : *kind == QLatin1String("value_card") ? OrderLineKind::ValueCard
                    : *kind == QLatin1String("service")    ? OrderLineKind::Service
                                                           : OrderLineKind::Goods;
        // A value card is not revenue when sold, so by default it carries no
        // VAT; a shop selling single-purpose vouchers gives the rate itself.
        line.vatRate = vat.value_or(line.kind == OrderLineKind::ValueCard ? Rate() : m_defaultVat);
        line.bookingId = booking.value_or(0);
        if (line.kind == OrderLineKind::ValueCard && amount && quantity &&
            amount->minor() % *quantity != 0)
            m_fields.problem(
                Path::child(at, QStringLiteral("amount")),
                tr("amount %1 cannot be split evenly into %2 value cards: a value card "
                   "line issues one card per unit, so its amount must be the card's "
                   "value times the quantity.")
                    .arg(amountText(*amount))
                    .arg(*quantity));
        return line;
    }

    void readPayment(const QJsonObject& o, ImportedOrder& order) {
        const auto payment = m_fields.object(o, m_path, QStringLiteral("payment"), Need::Required);
        if (!payment)
            return;
        const QString at = Path::child(m_path, QStringLiteral("payment"));
        const QStringList& types = OrderService::paymentTypes();
        static const QStringList statuses{QStringLiteral("reserved"), QStringLiteral("failed")};
        static const QStringList gateways = Gateways::names();
        const auto type =
            m_fields.choice(*payment, at, QStringLiteral("type"), types, Need::Required);
        const auto status =
            m_fields.choice(*payment, at, QStringLiteral("status"), statuses, Need::Optional);
        const auto reserved =
            m_fields.amount(*payment, at, QStringLiteral("reserved"), Need::Optional, m_currency);
        if (!type)
            return;
        order.paymentType = *type;
        order.paymentFailed = status == QLatin1String("failed");
        order.reserved = Money::zero(order.currency);
        const QString gatewayKey = QStringLiteral("gateway");
        const QString reservedPath = Path::child(at, QStringLiteral("reserved"));
        if (!hasGateway(*type)) {
            order.transactionId =
                m_fields.text(*payment, at, QStringLiteral("transaction_id"), Need::Optional)
                    .value_or(QString());
            if (m_fields.text(*payment, at, gatewayKey, Need::Optional))
                m_fields.problem(
                    Path::child(at, gatewayKey),
                    tr("A %1 payment goes through no gateway: leave gateway out.").arg(*type));
            if (order.paymentFailed)
                m_fields.problem(
                    Path::child(at, QStringLiteral("status")),
                    tr("status \"failed\" is only for payments through a gateway, not %1.")
                        .arg(*type));
            if (reserved && !reserved->isZero())
                m_fields.problem(
                    reservedPath,
                    tr("Nothing is reserved for a %1 payment: reserved must be 0 or left "
                       "out, not %2.")
                        .arg(*type, amountText(*reserved)));
            return;
        }
        order.gateway =
            m_fields.choice(*payment, at, gatewayKey, gateways, Need::Required).value_or(QString());
        order.transactionId =
            m_fields.text(*payment, at, QStringLiteral("transaction_id"), Need::Required)
                .value_or(QString());
        if (!m_total)
            return;
        if (order.paymentFailed) {
            // The shop may report what it tried to reserve; nothing is held.
            if (reserved && !reserved->isZero() && *reserved != *m_total)
                m_fields.problem(
                    reservedPath,
                    tr("reserved is %1, but a failed payment reserves nothing (0) and the "
                       "order total is %2.")
                        .arg(amountText(*reserved), amountText(*m_total)));
            return;
        }
        if (reserved && *reserved != *m_total)
            m_fields.problem(reservedPath,
                             tr("reserved is %1, but the order lines add up to %2; the "
                                "reservation must equal the order total.")
                                 .arg(amountText(*reserved), amountText(*m_total)));
        order.reserved = *m_total;
    }
};

void readFile(const QJsonDocument& document, OrderImportFields& fields, const Rate& defaultVat,
              std::vector<ImportedOrder>& orders) {
    if (!document.isObject()) {
        fields.problem(QString(), OrderImportParser::tr("The file must be a JSON object with "
                                                        "\"format\" and \"orders\", not a list."));
        return;
    }
    const QJsonObject root = document.object();
    const QString formatKey = QStringLiteral("format");
    const auto format = fields.text(root, QString(), formatKey, Need::Required);
    if (!format)
        return;
    // Another format (or version) would be misread field by field.
    if (*format != formatTag) {
        fields.problem(
            formatKey,
            OrderImportParser::tr("format must be \"%1\", not \"%2\".").arg(formatTag, *format));
        return;
    }
    const auto list = fields.array(root, QString(), QStringLiteral("orders"), Need::Optional);
    if (!list) {
        if (!OrderImportFields::given(root, QStringLiteral("orders")))
            fields.problem(QStringLiteral("orders"), OrderImportParser::tr("orders is missing."));
        return;
    }
    QHash<QString, qsizetype> seen;  // external id → its order's index
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = Path::element(QStringLiteral("orders"), i);
        if (!list->at(i).isObject()) {
            fields.problem(at, OrderImportParser::tr("Each order must be an object { … }, not %1.")
                                   .arg(OrderImportFields::typeName(list->at(i))));
            continue;
        }
        OrderReader reader(fields, at, defaultVat);
        ImportedOrder order = reader.read(list->at(i).toObject());
        if (!order.externalId.isEmpty()) {
            const auto first = seen.constFind(order.externalId);
            if (first != seen.cend())
                fields.problem(Path::child(at, QStringLiteral("external_id")),
                               OrderImportParser::tr("external_id \"%1\" is already used by "
                                                     "orders[%2] in this file.")
                                   .arg(order.externalId)
                                   .arg(*first));
            else
                seen.insert(order.externalId, i);
        }
        orders.push_back(std::move(order));
    }
}

}  // namespace

ImportParse OrderImportParser::parse(const QByteArray& json, const Rate& defaultVat) {
    ImportParse result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt stops at or just after the fault (a missing comma is noticed at
        // the next key), so the message says where to look.
        const TextPosition at = JsonTextPositions::at(json, error.offset);
        result.problems.push_back(
            ImportProblem{QString(), at.line, at.column,
                          tr("The file is not valid JSON (at this point or just before it): %1.")
                              .arg(error.errorString())});
        return result;
    }
    OrderImportFields fields(result.problems);
    readFile(document, fields, defaultVat, result.orders);
    if (!result.problems.empty()) {
        result.orders.clear();
        const JsonTextPositions positions(json);
        for (ImportProblem& problem : result.problems) {
            const TextPosition at = positions.of(problem.path);
            problem.line = at.line;
            problem.column = at.column;
        }
    }
    return result;
}

QString OrderImportParser::describe(const std::vector<ImportProblem>& problems) {
    QStringList lines;
    for (const ImportProblem& p : problems) {
        if (p.line > 0 && !p.path.isEmpty())
            lines << tr("line %1, column %2 (%3): %4")
                         .arg(p.line)
                         .arg(p.column)
                         .arg(p.path, p.message);
        else if (p.line > 0)
            lines << tr("line %1, column %2: %3").arg(p.line).arg(p.column).arg(p.message);
        else if (!p.path.isEmpty())
            lines << tr("%1: %2").arg(p.path, p.message);
        else
            lines << p.message;
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace skranke
