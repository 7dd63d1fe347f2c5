// supplier, product supplier|guests|cancellation-rules, price-rule and price:
// the manager's setup of bookable products and what their price tables offer.
#include "app/skranke-cli/bookingcli.h"
#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/booking/bookingservice.h"
#include "core/booking/bookingtime.h"
#include "core/catalog/bookablecatalog.h"
#include "core/store/error.h"
#include "core/time/dates.h"

#include <QJsonArray>

namespace skranke::cli {

namespace {

class CatalogText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Catalog)
};

const char* const dayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QJsonValue orNull(const std::optional<int>& n) {
    return n ? QJsonValue(*n) : QJsonValue(QJsonValue::Null);
}

QJsonObject supplierJson(const Supplier& s) {
    return {{QStringLiteral("id"), qint64(s.id)},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("email"), s.email}};
}

QString supplierLine(const Supplier& s) {
    return QStringLiteral("%1  %2  %3")
        .arg(QString::number(s.id).rightJustified(4), s.name, s.email);
}

QJsonObject categoryJson(const GuestCategory& c) {
    return {{QStringLiteral("id"), qint64(c.id)},
            {QStringLiteral("key"), c.key},
            {QStringLiteral("name"), c.name}};
}

Product bookableProduct(Database& db, const QString& text) {
    const Product p = BookingCli::product(db, text);
    if (!isBookable(p.kind))
        throw Error::invalid(
            QStringLiteral("product"),
            CatalogText::tr("%1 (%2) is not booked over time.").arg(p.name, p.number));
    return p;
}

int weekdaysFromText(const QString& text) {
    int mask = 0;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.trimmed().toLower();
        int bit = -1;
        for (int i = 0; i < 7; ++i)
            if (key == QLatin1String(dayKeys[i]))
                bit = i;
        if (bit < 0)
            throw Error::invalid(QStringLiteral("weekdays"),
                                 CatalogText::tr("\"%1\" is not a weekday (mon, tue, wed, thu, "
                                                 "fri, sat, sun).")
                                     .arg(part));
        mask |= 1 << bit;
    }
    if (mask == 0)
        throw Error::invalid(QStringLiteral("weekdays"),
                             CatalogText::tr("Name at least one weekday."));
    return mask;
}

QStringList weekdayKeys(int mask) {
    QStringList keys;
    for (int i = 0; i < 7; ++i)
        if (mask & (1 << i))
            keys << QLatin1String(dayKeys[i]);
    return keys;
}

QString range(int min, const std::optional<int>& max) {
    return max ? QStringLiteral("%1-%2").arg(min).arg(*max) : QStringLiteral("%1+").arg(min);
}

// The rule as JSON and as a line, with guest category keys looked up once.
class RuleView {
public:
    explicit RuleView(Database& db) {
        for (const GuestCategory& c : BookableCatalog::guestCategories(db))
            m_keys[c.id] = c.key;
    }
    QString key(std::int64_t categoryId) const {
        const auto it = m_keys.find(categoryId);
        return it == m_keys.end() ? QString() : it->second;
    }
    QJsonObject json(const PriceRule& r, const Product& p) const {
        return {
            {QStringLiteral("id"), qint64(r.id)},
            {QStringLiteral("product"), BookingCli::productJson(p)},
            {QStringLiteral("valid_from"), r.validFrom.isValid()
                                               ? QJsonValue(Dates::iso(r.validFrom))
                                               : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("valid_to"), r.validTo.isValid() ? QJsonValue(Dates::iso(r.validTo))
                                                             : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("weekdays"), QJsonArray::fromStringList(weekdayKeys(r.weekdays))},
            {QStringLiteral("min_length"), r.minLength},
            {QStringLiteral("max_length"), orNull(r.maxLength)},
            {QStringLiteral("min_quantity"), r.minQuantity},
            {QStringLiteral("max_quantity"), orNull(r.maxQuantity)},
            {QStringLiteral("min_guests"), r.minGuests},
            {QStringLiteral("max_guests"), orNull(r.maxGuests)},
            {QStringLiteral("basis"), PriceRule::basisKey(r.basis)},
            {QStringLiteral("guest_category"), r.guestCategoryId > 0
                                                   ? QJsonValue(key(r.guestCategoryId))
                                                   : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("amount"), Money(r.amountMinor, p.price.currency()).toDecimalString()},
            {QStringLiteral("priority"), r.priority}};
    }
    QString line(const PriceRule& r, const Product& p) const {
        const QString season = QStringLiteral("%1..%2").arg(
            r.validFrom.isValid() ? Dates::iso(r.validFrom) : QString(),
            r.validTo.isValid() ? Dates::iso(r.validTo) : QString());
        return CatalogText::tr(
                   "%1  %2  %3  length %4  quantity %5  guests %6  %7 %8  %9  "
                   "priority %10")
            .arg(QString::number(r.id).rightJustified(4), season.leftJustified(22),
                 weekdayKeys(r.weekdays).join(QLatin1Char(',')), range(r.minLength, r.maxLength),
                 range(r.minQuantity, r.maxQuantity), range(r.minGuests, r.maxGuests),
                 PriceRule::basisKey(r.basis), key(r.guestCategoryId),
                 Money(r.amountMinor, p.price.currency()).toDecimalString().rightJustified(10))
            .arg(r.priority);
    }

private:
    std::map<std::int64_t, QString> m_keys;
};

void addCountOption(QCommandLineParser& p, const char* name, const QString& help) {
    p.addOption({QLatin1String(name), help, CatalogText::tr("N")});
}

std::optional<int> optionalCount(const QCommandLineParser& p, const char* option, int min) {
    if (!p.isSet(QLatin1String(option)))
        return std::nullopt;
    return BookingCli::count(p, option, 0, min);
}

// Every value is read and checked before anything is written.
PriceRule ruleFrom(Database& db, const QCommandLineParser& p, const Product& product,
                   const QString& usage) {
    PriceRule r;
    r.productId = product.id;
    r.basis = PriceRule::basisFromKey(BookingCli::required(p, "basis", usage));
    const QString amountText = BookingCli::required(p, "amount", usage);
    if (p.isSet(QStringLiteral("from")))
        r.validFrom =
            Dates::parse(p.value(QStringLiteral("from")).trimmed(), QStringLiteral("valid_from"));
    if (p.isSet(QStringLiteral("to")))
        r.validTo =
            Dates::parse(p.value(QStringLiteral("to")).trimmed(), QStringLiteral("valid_to"));
    if (p.isSet(QStringLiteral("weekdays")))
        r.weekdays = weekdaysFromText(p.value(QStringLiteral("weekdays")));
    r.minLength = BookingCli::count(p, "min-length", 1, 0);
    r.maxLength = optionalCount(p, "max-length", 0);
    r.minQuantity = BookingCli::count(p, "min-quantity", 1, 0);
    r.maxQuantity = optionalCount(p, "max-quantity", 0);
    r.minGuests = BookingCli::count(p, "min-guests", 0, 0);
    r.maxGuests = optionalCount(p, "max-guests", 0);
    if (p.isSet(QStringLiteral("guest-category"))) {
        const QString key = p.value(QStringLiteral("guest-category")).trimmed().toLower();
        bool found = false;
        for (const GuestCategory& c : BookableCatalog::guestCategories(db))
            if (c.key == key) {
                r.guestCategoryId = c.id;
                found = true;
            }
        if (!found)
            throw Error::invalid(QStringLiteral("guest_category"),
                                 CatalogText::tr("\"%1\" is not a guest category.").arg(key));
    }
    if (p.isSet(QStringLiteral("priority"))) {
        bool ok = false;
        r.priority = p.value(QStringLiteral("priority")).trimmed().toInt(&ok);
        if (!ok)
            throw Error::invalid(QStringLiteral("priority"),
                                 CatalogText::tr("--priority is a whole number: %1.")
                                     .arg(p.value(QStringLiteral("priority"))));
    }
    const Money amount = BookingCli::amount(db, amountText, "amount");
    if (amount.currency() != product.price.currency())
        throw Error::invalid(QStringLiteral("amount"),
                             CatalogText::tr("The amount is in %1, the product's price in %2.")
                                 .arg(amount.currency().code(), product.price.currency().code()));
    r.amountMinor = amount.minor();
    return r;
}

int runRuleList(CliContext& ctx, const Product& product) {
    const RuleView view(ctx.db());
    QJsonArray rows;
    QStringList lines;
    for (const PriceRule& r : BookableCatalog::priceRules(ctx.db(), product.id)) {
        rows.append(view.json(r, product));
        lines << view.line(r, product);
    }
    ctx.print(rows, [&] {
        return lines.isEmpty()
                   ? CatalogText::tr("%1 has no price rules: its price %2 is the price per unit.")
                         .arg(product.name, product.price.toDecimalString())
                   : lines.join(QLatin1Char('\n'));
    });
    return 0;
}

}  // namespace

int runSupplier(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("add|list"), CatalogText::tr("What to do."));
    p.addOptions({
        {QStringLiteral("name"), CatalogText::tr("The supplier's name."), CatalogText::tr("TEXT")},
        {QStringLiteral("email"), CatalogText::tr("Where supplier reports go."),
         CatalogText::tr("EMAIL")},
    });
    const QString usage = CatalogText::tr(
        "Usage: skranke-cli --user ME supplier add --name N [--email E]\n"
        "       skranke-cli supplier list");
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    if (pos == QStringList{QStringLiteral("add")}) {
        const QString name = BookingCli::required(p, "name", usage);
        const Supplier s =
            BookableCatalog::createSupplier(ctx.session(), name, p.value(QStringLiteral("email")));
        ctx.print(supplierJson(s), [&] {
            return CatalogText::tr("Supplier %1 added: %2").arg(QString::number(s.id), s.name);
        });
        return 0;
    }
    if (pos == QStringList{QStringLiteral("list")}) {
        QJsonArray rows;
        QStringList lines;
        for (const Supplier& s : BookableCatalog::suppliers(ctx.db())) {
            rows.append(supplierJson(s));
            lines << supplierLine(s);
        }
        ctx.print(rows, [&] {
            return lines.isEmpty() ? CatalogText::tr("No suppliers.")
                                   : lines.join(QLatin1Char('\n'));
        });
        return 0;
    }
    throw UsageError(usage);
}

int runProduct(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("supplier|guests|cancellation-rules"),
                            CatalogText::tr("What to set."));
    p.addPositionalArgument(QStringLiteral("PRODUCT"),
                            CatalogText::tr("The product: its item number or ID."));
    p.addOptions({
        {QStringLiteral("supplier"), CatalogText::tr("The supplier's ID, or none."),
         CatalogText::tr("ID|none")},
        {QStringLiteral("categories"),
         CatalogText::tr("The guest categories the product takes, or all."),
         CatalogText::tr("KEY,KEY|all")},
        {QStringLiteral("set"),
         CatalogText::tr("The cancellation rules: DAYS:PERCENT, …; cancelling fewer than DAYS "
                         "days before arrival costs PERCENT of the price."),
         CatalogText::tr("RULES")},
        {QStringLiteral("clear"),
         CatalogText::tr("Remove the cancellation rules: cancelling is free until arrival.")},
    });
    const QString usage = CatalogText::tr(
        "Usage: skranke-cli --user ME product supplier PRODUCT --supplier ID|none\n"
        "       skranke-cli --user ME product guests PRODUCT --categories adult,child|all\n"
        "       skranke-cli [--user ME] product cancellation-rules PRODUCT "
        "[--set \"14:50, 3:100\" | --clear]");
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (pos.size() != 2)
        throw UsageError(usage);
    Database& db = ctx.db();
    if (action == QLatin1String("supplier")) {
        const QString text = BookingCli::required(p, "supplier", usage);
        const Product product = bookableProduct(db, pos[1]);
        const std::int64_t supplierId =
            text.toLower() == QLatin1String("none") ? 0 : BookingCli::id(text, "supplier");
        BookableCatalog::setSupplier(ctx.session(), product.id, supplierId);
        const auto s = BookableCatalog::supplierOf(db, product.id);
        ctx.print(QJsonObject{{QStringLiteral("product"), BookingCli::productJson(product)},
                              {QStringLiteral("supplier"),
                               s ? QJsonValue(supplierJson(*s)) : QJsonValue(QJsonValue::Null)}},
                  [&] {
                      return s ? CatalogText::tr("%1 is supplied by %2.").arg(product.name, s->name)
                               : CatalogText::tr("%1 has no supplier.").arg(product.name);
                  });
        return 0;
    }
    if (action == QLatin1String("cancellation-rules"))
        return runProductCancellationRules(ctx, p, bookableProduct(db, pos[1]));
    if (action == QLatin1String("guests")) {
        const QString text = BookingCli::required(p, "categories", usage);
        const Product product = bookableProduct(db, pos[1]);
        std::vector<std::int64_t> ids;
        if (text.toLower() != QLatin1String("all")) {
            const auto all = BookableCatalog::guestCategories(db);
            for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString key = part.trimmed().toLower();
                const auto it = std::find_if(all.begin(), all.end(),
                                             [&](const GuestCategory& c) { return c.key == key; });
                if (it == all.end())
                    throw Error::invalid(
                        QStringLiteral("categories"),
                        CatalogText::tr("\"%1\" is not a guest category.").arg(part.trimmed()));
                ids.push_back(it->id);
            }
        }
        BookableCatalog::setGuestCategories(ctx.session(), product.id, ids);
        QJsonArray rows;
        QStringList names;
        for (const GuestCategory& c : BookableCatalog::guestCategoriesOf(db, product.id)) {
            rows.append(categoryJson(c));
            names << c.name;
        }
        ctx.print(QJsonObject{{QStringLiteral("product"), BookingCli::productJson(product)},
                              {QStringLiteral("categories"), rows}},
                  [&] {
                      return CatalogText::tr("%1 takes: %2")
                          .arg(product.name, names.join(QStringLiteral(", ")));
                  });
        return 0;
    }
    throw UsageError(usage);
}

int runPriceRule(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("add|list|retire"), CatalogText::tr("What to do."));
    p.addOptions({
        {QStringLiteral("product"), CatalogText::tr("The product: its item number or ID."),
         CatalogText::tr("NUMBER|ID")},
        {QStringLiteral("basis"),
         CatalogText::tr("What the amount is for: unit (a night or hour), stay, guest_unit, "
                         "guest_stay."),
         CatalogText::tr("BASIS")},
        {QStringLiteral("amount"), CatalogText::tr("The amount incl. VAT, e.g. 895.00."),
         CatalogText::tr("AMOUNT")},
        {QStringLiteral("from"), CatalogText::tr("The season's first day (open when not given)."),
         CatalogText::tr("DATE")},
        {QStringLiteral("to"), CatalogText::tr("The season's last day (open when not given)."),
         CatalogText::tr("DATE")},
        {QStringLiteral("weekdays"),
         CatalogText::tr("The days the rule prices (all when not given)."),
         CatalogText::tr("mon,tue,…")},
        {QStringLiteral("guest-category"), CatalogText::tr("The guests a guest basis counts."),
         CatalogText::tr("KEY")},
        {QStringLiteral("priority"), CatalogText::tr("Higher wins when rules overlap."),
         CatalogText::tr("N")},
    });
    addCountOption(p, "min-length", CatalogText::tr("At least this many nights or hours."));
    addCountOption(p, "max-length", CatalogText::tr("At most this many nights or hours."));
    addCountOption(p, "min-quantity", CatalogText::tr("At least this many units booked."));
    addCountOption(p, "max-quantity", CatalogText::tr("At most this many units booked."));
    addCountOption(p, "min-guests", CatalogText::tr("At least this many guests."));
    addCountOption(p, "max-guests", CatalogText::tr("At most this many guests."));
    const QString usage = CatalogText::tr(
        "Usage: skranke-cli --user ME price-rule add --product PRODUCT "
        "--basis unit|stay|guest_unit|guest_stay --amount A [--from D] [--to D] "
        "[--weekdays mon,tue,…] [--min-length N] [--max-length N] [--min-quantity N] "
        "[--max-quantity N] [--min-guests N] [--max-guests N] [--guest-category KEY] "
        "[--priority N]\n"
        "       skranke-cli price-rule list --product PRODUCT\n"
        "       skranke-cli --user ME price-rule retire ID");
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    Database& db = ctx.db();
    if (action == QLatin1String("add") && pos.size() == 1) {
        const Product product = bookableProduct(db, BookingCli::required(p, "product", usage));
        const PriceRule rule =
            BookableCatalog::addPriceRule(ctx.session(), ruleFrom(db, p, product, usage));
        const RuleView view(db);
        ctx.print(view.json(rule, product), [&] {
            return CatalogText::tr("Price rule added:") + QLatin1Char('\n') +
                   view.line(rule, product);
        });
        return 0;
    }
    if (action == QLatin1String("list") && pos.size() == 1)
        return runRuleList(ctx, bookableProduct(db, BookingCli::required(p, "product", usage)));
    if (action == QLatin1String("retire") && pos.size() == 2) {
        const std::int64_t id = BookingCli::id(pos[1], "rule");
        BookableCatalog::retirePriceRule(ctx.session(), id);
        ctx.print(
            QJsonObject{{QStringLiteral("id"), qint64(id)}, {QStringLiteral("retired"), true}},
            [&] { return CatalogText::tr("Price rule %1 retired.").arg(id); });
        return 0;
    }
    throw UsageError(usage);
}

int runPrice(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("product"), CatalogText::tr("The product: its item number or ID."),
         CatalogText::tr("NUMBER|ID")},
        {QStringLiteral("arrival"),
         CatalogText::tr("YYYY-MM-DD, or YYYY-MM-DDTHH:MM for products booked by time."),
         CatalogText::tr("WHEN")},
        {QStringLiteral("departure"), CatalogText::tr("The end, as --arrival."),
         CatalogText::tr("WHEN")},
        {QStringLiteral("quantity"), CatalogText::tr("Units booked (1 when not given)."),
         CatalogText::tr("N")},
        {QStringLiteral("guests"), CatalogText::tr("Guests per category, e.g. adult:2,child:1."),
         CatalogText::tr("KEY:N,…")},
    });
    const QString usage = CatalogText::tr(
        "Usage: skranke-cli price --product PRODUCT --arrival WHEN --departure WHEN "
        "[--quantity N] [--guests adult:2,child:1]\n"
        "What the price table offers for a booking row, as booking row add would price it.");
    if (!ctx.parse(p, args, usage))
        return 0;
    if (!p.positionalArguments().isEmpty())
        throw UsageError(usage);
    const QString productText = BookingCli::required(p, "product", usage);
    const QString arrivalText = BookingCli::required(p, "arrival", usage);
    const QString departureText = BookingCli::required(p, "departure", usage);
    Database& db = ctx.db();
    const Product product = bookableProduct(db, productText);
    RowInput in;
    in.productId = product.id;
    in.start = BookingTime::parse(arrivalText, product.kind, QStringLiteral("arrival"));
    in.end = BookingTime::parse(departureText, product.kind, QStringLiteral("departure"));
    if (in.end <= in.start)
        throw Error::invalid(QStringLiteral("departure"),
                             CatalogText::tr("--departure (%1) must be after --arrival (%2).")
                                 .arg(BookingTime::format(in.end, product.kind),
                                      BookingTime::format(in.start, product.kind)));
    in.quantity = BookingCli::count(p, "quantity", 1, 1);
    if (p.isSet(QStringLiteral("guests")))
        in.guests = guestsFromText(p.value(QStringLiteral("guests")));
    const std::optional<Money> price = BookingService::offerPrice(db, in);
    QJsonObject guests;
    for (const auto& [key, n] : in.guests)
        guests.insert(key, n);
    ctx.print(QJsonObject{{QStringLiteral("product"), BookingCli::productJson(product)},
                          {QStringLiteral("arrival"), BookingTime::format(in.start, product.kind)},
                          {QStringLiteral("departure"), BookingTime::format(in.end, product.kind)},
                          {QStringLiteral("length"),
                           qint64(BookingTime::lengthUnits(product.kind, in.start, in.end))},
                          {QStringLiteral("quantity"), in.quantity},
                          {QStringLiteral("guests"), guests},
                          {QStringLiteral("price"), price ? QJsonValue(price->toDecimalString())
                                                          : QJsonValue(QJsonValue::Null)}},
              [&] {
                  return price ? CatalogText::tr("%1, %2 – %3: %4 %5")
                                     .arg(product.name, BookingTime::format(in.start, product.kind),
                                          BookingTime::format(in.end, product.kind),
                                          price->toDecimalString(), price->currency().code())
                               : CatalogText::tr(
                                     "%1, %2 – %3: no price matches; a booking row needs "
                                     "a manual price.")
                                     .arg(product.name, BookingTime::format(in.start, product.kind),
                                          BookingTime::format(in.end, product.kind));
              });
    return 0;
}

}  // namespace skranke::cli
