// orders import|list|show|capture|cancel|refund|retry|status|statuses|export:
// the webshop's online orders, their card payments and statuses.
#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/ordersjson.h"
#include "app/skranke-cli/usageerror.h"
#include "core/company/companyservice.h"
#include "core/export/csvwriter.h"
#include "core/orders/orderimport.h"
#include "core/orders/orderlist.h"
#include "core/orders/orderpayments.h"
#include "core/orders/orderservice.h"
#include "core/orders/orderstore.h"
#include "core/store/error.h"
#include "core/time/dates.h"

#include <QDir>
#include <QJsonArray>

namespace skranke::cli {

namespace {

constexpr int ExportPage = 500;

// Only the options the subcommand takes: anything else given is a mistake
// the user should hear about, not an option silently ignored.
void requireOnly(const QCommandLineParser& p, const QString& what, const QStringList& allowed,
                 const QString& usage) {
    for (const QString& name : p.optionNames())
        if (!allowed.contains(name))
            throw UsageError(OrdersText::tr("orders %1 takes no --%2.").arg(what, name) +
                             QStringLiteral("\n\n") + usage);
}

// The webshop's order number (WEB-10023) or Skranke's internal number; the
// webshop's number wins when both could match.
std::int64_t orderId(Database& db, const QString& text) {
    const QString wanted = text.trimmed();
    if (const auto id = OrderStore::idOfExternal(db, wanted))
        return *id;
    bool ok = false;
    const qint64 n = wanted.toLongLong(&ok);
    if (ok && n > 0 && OrderStore::find(db, n))
        return n;
    throw Error(
        ErrorCode::NotFound,
        OrdersText::tr("There is no order \"%1\": give the webshop's order number or Skranke's "
                       "internal number.")
            .arg(wanted),
        QStringLiteral("order"));
}

OrderStatus statusNamed(Database& db, const QString& name, const QString& field) {
    if (const auto status = OrderStore::statusNamed(db, name))
        return *status;
    QStringList names;
    for (const OrderStatus& s : OrderStore::statuses(db))
        names << OrderStore::statusLabel(s);
    throw Error::invalid(field,
                         OrdersText::tr("--%1: there is no order status \"%2\". Use one of: %3.")
                             .arg(field, name, names.join(QStringLiteral(", "))));
}

// --from, --to, --status and --search; without --status, the orders not yet
// effected, as the order overview shows them.
OrderList::Filter filterFrom(Database& db, const QCommandLineParser& p) {
    OrderList::Filter f;
    if (p.isSet(QStringLiteral("from")))
        f.from = Dates::parse(p.value(QStringLiteral("from")), QStringLiteral("from"));
    if (p.isSet(QStringLiteral("to")))
        f.to = Dates::parse(p.value(QStringLiteral("to")), QStringLiteral("to"));
    const QString status = p.value(QStringLiteral("status")).trimmed();
    if (!p.isSet(QStringLiteral("status")))
        f.statusId = OrderStore::builtInStatus(db, QStringLiteral("not_effected")).id;
    else if (status.compare(QLatin1String("all"), Qt::CaseInsensitive) != 0)
        f.statusId = statusNamed(db, status, QStringLiteral("status")).id;
    f.text = p.value(QStringLiteral("search"));
    OrderList::check(f);
    return f;
}

int importOrders(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos,
                 const QString& usage) {
    requireOnly(p, QStringLiteral("import"), {QStringLiteral("folder")}, usage);
    const bool folder = p.isSet(QStringLiteral("folder"));
    if (folder == (pos.size() == 2) || pos.size() > 2)
        throw UsageError(usage);
    const Session& session = ctx.session();
    if (!folder) {
        const OrderImport::Report r = OrderImport::importFile(session, pos[1]);
        ctx.print(reportJson(r), [&] { return reportText(r).join(QLatin1Char('\n')); });
        return 0;
    }
    const QString dir = p.value(QStringLiteral("folder"));
    const OrderImport::FolderReport r = OrderImport::importFolder(session, dir);
    QJsonObject o = reportJson(r.orders);
    o.insert(QStringLiteral("folder"), QDir::toNativeSeparators(dir));
    o.insert(QStringLiteral("imported_files"), QJsonArray::fromStringList(r.importedFiles));
    o.insert(QStringLiteral("refused_files"), QJsonArray::fromStringList(r.refusedFiles));
    ctx.print(o, [&] {
        QStringList lines{OrdersText::tr("%n file(s) imported, moved to imported/.", nullptr,
                                         int(r.importedFiles.size()))};
        for (const QString& refused : r.refusedFiles)
            lines << OrdersText::tr("Refused, moved to refused/: %1").arg(refused);
        return (lines + reportText(r.orders)).join(QLatin1Char('\n'));
    });
    // A refused file is not an error of the run: it is moved aside with its
    // reasons for the webshop to fix, and the other files are imported.
    return 0;
}

int list(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    requireOnly(p, QStringLiteral("list"),
                {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("status"),
                 QStringLiteral("search"), QStringLiteral("limit")},
                usage);
    Database& db = ctx.db();
    const OrderList::Filter filter = filterFrom(db, p);
    const int limit = int(CliContext::wholeNumber(p, "limit", 50, 1));
    std::vector<OrderList::Row> rows = OrderList::page(db, filter, nullptr, limit + 1);
    const bool more = int(rows.size()) > limit;
    if (more)
        rows.pop_back();
    const QString zone = CompanyService::require(db).timeZone;
    QJsonArray out;
    QStringList lines{rowHeader()};
    for (const OrderList::Row& row : rows) {
        out.append(rowJson(row, zone));
        lines << rowText(row, zone);
    }
    if (rows.empty())
        lines = QStringList{OrdersText::tr("No orders match.")};
    if (more)
        lines << OrdersText::tr("More orders match: narrow the filter or raise --limit (now %1).")
                     .arg(limit);
    ctx.print(out, [&] { return lines.join(QLatin1Char('\n')); });
    return 0;
}

int show(CliContext& ctx, const QString& idText) {
    Database& db = ctx.db();
    const Order order = OrderStore::require(db, orderId(db, idText));
    const QString zone = CompanyService::require(db).timeZone;
    ctx.print(orderJson(db, order, zone), [&] { return orderText(db, order, zone); });
    return 0;
}

// capture, cancel, refund and retry: the card payment at the gateway; void-cards:
// what is left on the value cards the order issued, so it can be refunded.
int payment(CliContext& ctx, const QCommandLineParser& p, const QString& what,
            const QString& idText, const QString& usage) {
    QStringList allowed;
    if (what == QLatin1String("capture"))
        allowed = {QStringLiteral("amount"), QStringLiteral("confirm-early")};
    else if (what == QLatin1String("refund"))
        allowed = {QStringLiteral("amount")};
    else if (what == QLatin1String("resolve"))
        allowed = {QStringLiteral("done"), QStringLiteral("not-done"), QStringLiteral("reason"),
                   QStringLiteral("reference")};
    requireOnly(p, what, allowed, usage);
    if (what == QLatin1String("resolve") &&
        (p.isSet(QStringLiteral("done")) == p.isSet(QStringLiteral("not-done")) ||
         !p.isSet(QStringLiteral("reason"))))
        throw UsageError(OrdersText::tr("orders resolve needs --done or --not-done, and --reason "
                                        "TEXT: what the gateway's portal shows.") +
                         QStringLiteral("\n\n") + usage);
    if (what == QLatin1String("refund") && !p.isSet(QStringLiteral("amount")))
        throw UsageError(
            OrdersText::tr("orders refund needs --amount AMOUNT: how much to pay back.") +
            QStringLiteral("\n\n") + usage);
    const Session& session = ctx.session();
    Database& db = ctx.db();
    const Order before = OrderStore::require(db, orderId(db, idText));
    if (before.gateway.isEmpty() && what != QLatin1String("retry") &&
        what != QLatin1String("void-cards") && what != QLatin1String("resolve"))
        throw Error(
            ErrorCode::Conflict,
            OrdersText::tr("Order %1 is paid by %2, not through a card gateway: there is nothing "
                           "to %3 here.")
                .arg(before.externalId,
                     OrderService::paymentTypeLabel(before.paymentType).toLower(), what));
    std::optional<Money> amount;
    if (p.isSet(QStringLiteral("amount")))
        amount = Money::fromDecimalString(p.value(QStringLiteral("amount")).trimmed(),
                                          before.currency, QStringLiteral("amount"));
    const bool hadPending = OrderStore::pending(db, before.id).has_value();
    Order after;
    try {
        if (what == QLatin1String("capture"))
            after = OrderPayments::capture(session, before.id, amount,
                                           p.isSet(QStringLiteral("confirm-early")));
        else if (what == QLatin1String("cancel"))
            after = OrderPayments::cancel(session, before.id);
        else if (what == QLatin1String("refund"))
            after = OrderPayments::refund(session, before.id, *amount);
        else if (what == QLatin1String("void-cards"))
            after = OrderPayments::voidValueCards(session, before.id);
        else if (what == QLatin1String("resolve"))
            after = OrderPayments::resolvePending(
                session, before.id, p.isSet(QStringLiteral("done")),
                p.value(QStringLiteral("reference")), p.value(QStringLiteral("reason")));
        else
            after = OrderPayments::retryPending(session, before.id);
    } catch (const Error& e) {
        if (e.field() == QLatin1String("confirm_early"))
            throw Error(
                e.code(),
                e.message() + QLatin1Char('\n') +
                    OrdersText::tr("Add --confirm-early to capture now anyway; you are recorded "
                                   "as the one who confirmed it."),
                e.field());
        if (OrderStore::pending(db, before.id))
            throw Error(
                e.code(),
                e.message() + QLatin1Char('\n') +
                    OrdersText::tr("\"skranke-cli orders retry %1\" asks the gateway again.")
                        .arg(before.externalId),
                e.field());
        throw;
    }
    QJsonObject o{{QStringLiteral("id"), qint64(after.id)},
                  {QStringLiteral("external_id"), after.externalId},
                  {QStringLiteral("payment"), paymentJson(db, after)}};
    if (what == QLatin1String("retry"))
        o.insert(QStringLiteral("retried"), hadPending);
    ctx.print(o, [&] {
        QString text = paymentText(db, after);
        if (what == QLatin1String("retry") && !hadPending)
            text.prepend(OrdersText::tr("No gateway call was pending.") + QLatin1Char(' '));
        return text;
    });
    return 0;
}

int status(CliContext& ctx, const QCommandLineParser& p, const QStringList& ids,
           const QString& usage) {
    requireOnly(p, QStringLiteral("status"), {QStringLiteral("set"), QStringLiteral("add")}, usage);
    const bool set = p.isSet(QStringLiteral("set"));
    const bool add = p.isSet(QStringLiteral("add"));
    if (set == add || (set && ids.isEmpty()) || (add && !ids.isEmpty()))
        throw UsageError(usage);
    const Session& session = ctx.session();
    Database& db = ctx.db();
    if (add) {
        const OrderStatus added = OrderService::addStatus(session, p.value(QStringLiteral("add")));
        ctx.print(statusJson(added),
                  [&] { return OrdersText::tr("Added the order status \"%1\".").arg(added.name); });
        return 0;
    }
    // Every order and the status found before anything is written.
    const OrderStatus target =
        statusNamed(db, p.value(QStringLiteral("set")), QStringLiteral("set"));
    std::vector<std::int64_t> orderIds;
    for (const QString& id : ids)
        orderIds.push_back(orderId(db, id));
    OrderService::setStatus(session, orderIds, target.id);
    QJsonArray orders;
    QStringList names;
    for (const OrderList::Row& row : OrderList::rows(db, orderIds)) {
        orders.append(row.externalId);
        names << row.externalId;
    }
    ctx.print(QJsonObject{{QStringLiteral("status"), statusJson(target)},
                          {QStringLiteral("orders"), orders}},
              [&] {
                  return OrdersText::tr("%1: %2.").arg(OrderStore::statusLabel(target),
                                                       names.join(QStringLiteral(", ")));
              });
    return 0;
}

int statuses(CliContext& ctx) {
    QJsonArray out;
    QStringList lines;
    for (const OrderStatus& s : OrderStore::statuses(ctx.db())) {
        out.append(statusJson(s));
        lines << (s.builtIn.isEmpty() ? OrderStore::statusLabel(s)
                                      : OrdersText::tr("%1 (built in: %2)")
                                            .arg(OrderStore::statusLabel(s), s.builtIn));
    }
    ctx.print(out, [&] { return lines.join(QLatin1Char('\n')); });
    return 0;
}

int exportCsv(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    requireOnly(p, QStringLiteral("export"),
                {QStringLiteral("csv"), QStringLiteral("separator"), QStringLiteral("from"),
                 QStringLiteral("to"), QStringLiteral("status"), QStringLiteral("search")},
                usage);
    if (!p.isSet(QStringLiteral("csv")))
        throw UsageError(OrdersText::tr("orders export needs --csv FILE.") +
                         QStringLiteral("\n\n") + usage);
    Database& db = ctx.db();
    const OrderList::Filter filter = filterFrom(db, p);
    const QChar separator = CsvWriter::separatorFromText(p.value(QStringLiteral("separator")));
    std::vector<OrderList::Row> all;
    for (;;) {
        OrderList::After after;
        if (!all.empty())
            after = {all.back().orderMs, all.back().id};
        const auto page = OrderList::page(db, filter, all.empty() ? nullptr : &after, ExportPage);
        if (page.empty())
            break;
        all.insert(all.end(), page.begin(), page.end());
    }
    CsvWriter csv(separator);
    OrderList::writeCsv(csv, all, QLocale::c(), CompanyService::require(db).timeZone);
    const QString file = p.value(QStringLiteral("csv"));
    csv.save(file);
    ctx.print(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(file)},
                          {QStringLiteral("orders"), qint64(all.size())}},
              [&] {
                  return OrdersText::tr("Wrote %n order(s) to %1.", nullptr, int(all.size()))
                      .arg(QDir::toNativeSeparators(file));
              });
    return 0;
}

}  // namespace

int runOrders(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("import|list|show|capture|cancel|refund|retry|void-"
                                           "cards|resolve|status|statuses|export"),
                            OrdersText::tr("What to do."));
    p.addOptions({
        {QStringLiteral("folder"),
         OrdersText::tr("Import every *.json in DIR, oldest first, moving each to imported/ or "
                        "refused/ (import)."),
         OrdersText::tr("DIR")},
        {QStringLiteral("from"), OrdersText::tr("The first order day (list, export)."),
         OrdersText::tr("DATE")},
        {QStringLiteral("to"), OrdersText::tr("The last order day, inclusive (list, export)."),
         OrdersText::tr("DATE")},
        {QStringLiteral("status"),
         OrdersText::tr(
             "Only orders of this status, or all (list, export; default: Not effected)."),
         OrdersText::tr("NAME|all")},
        {QStringLiteral("search"),
         OrdersText::tr(
             "Only orders with TEXT in the order number, customer or email (list, export)."),
         OrdersText::tr("TEXT")},
        {QStringLiteral("limit"),
         OrdersText::tr("At most N orders, newest first (list; default 50)."), OrdersText::tr("N")},
        {QStringLiteral("amount"),
         OrdersText::tr("How much to capture (capture; default the whole reservation, the rest is "
                        "released) or to pay back (refund; required)."),
         OrdersText::tr("AMOUNT")},
        {QStringLiteral("confirm-early"),
         OrdersText::tr(
             "Capture before the card rules allow it, e.g. before the goods are ready to "
             "ship; you are recorded as the one who confirmed it (capture).")},
        {QStringLiteral("done"),
         OrdersText::tr("The gateway's portal shows the unanswered call was done (resolve).")},
        {QStringLiteral("not-done"),
         OrdersText::tr("The gateway's portal shows the unanswered call was not done (resolve).")},
        {QStringLiteral("reason"), OrdersText::tr("How you know (resolve; required)."),
         OrdersText::tr("TEXT")},
        {QStringLiteral("reference"), OrdersText::tr("The gateway's id for it (resolve)."),
         OrdersText::tr("REF")},
        {QStringLiteral("set"),
         OrdersText::tr("Move the orders to this status: its name or built-in key, e.g. effected "
                        "(status)."),
         OrdersText::tr("NAME")},
        {QStringLiteral("add"), OrdersText::tr("Add a status of your own (status)."),
         OrdersText::tr("NAME")},
        {QStringLiteral("csv"), OrdersText::tr("Write CSV to FILE (export)."),
         OrdersText::tr("FILE")},
        {QStringLiteral("separator"), OrdersText::tr("CSV separator: ';', ',' or tab (export)."),
         OrdersText::tr("SEP"), QStringLiteral(";")},
    });
    const QString usage = OrdersText::tr(
        "Usage: skranke-cli --user ME orders import FILE\n"
        "       skranke-cli --user ME orders import --folder DIR\n"
        "       skranke-cli orders list [--from DATE] [--to DATE] [--status NAME|all] "
        "[--search TEXT] [--limit N]\n"
        "       skranke-cli orders show ID\n"
        "       skranke-cli --user ME orders capture ID [--amount AMOUNT] [--confirm-early]\n"
        "       skranke-cli --user ME orders cancel ID\n"
        "       skranke-cli --user ME orders refund ID --amount AMOUNT\n"
        "       skranke-cli --user ME orders retry ID\n"
        "       skranke-cli --user ME orders void-cards ID\n"
        "       skranke-cli --user ME orders resolve ID --done|--not-done --reason TEXT "
        "[--reference REF]\n"
        "       skranke-cli --user ME orders status ID... --set NAME\n"
        "       skranke-cli --user ME orders status --add NAME\n"
        "       skranke-cli orders statuses\n"
        "       skranke-cli orders export --csv FILE [--separator S] [--from DATE] [--to DATE] "
        "[--status NAME|all] [--search TEXT]\n"
        "The webshop's orders (file format skranke-orders/1). ID is the webshop's order "
        "number, e.g. WEB-10023, or Skranke's internal number. A file with any error imports "
        "nothing; one imported before is left unchanged. Without --status, list and export "
        "show the orders not yet effected. An unanswered gateway call stays pending and is "
        "asked again, never done twice: retry does that now.");
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    const QString what = pos.value(0);
    if (what == QLatin1String("import"))
        return importOrders(ctx, p, pos, usage);
    if (what == QLatin1String("list") && pos.size() == 1)
        return list(ctx, p, usage);
    if (what == QLatin1String("export") && pos.size() == 1)
        return exportCsv(ctx, p, usage);
    if (what == QLatin1String("status"))
        return status(ctx, p, pos.mid(1), usage);
    if (what == QLatin1String("statuses") && pos.size() == 1) {
        requireOnly(p, what, {}, usage);
        return statuses(ctx);
    }
    if (what == QLatin1String("show") && pos.size() == 2) {
        requireOnly(p, what, {}, usage);
        return show(ctx, pos[1]);
    }
    static const QStringList payments{QStringLiteral("capture"),    QStringLiteral("cancel"),
                                      QStringLiteral("refund"),     QStringLiteral("retry"),
                                      QStringLiteral("void-cards"), QStringLiteral("resolve")};
    if (payments.contains(what) && pos.size() == 2)
        return payment(ctx, p, what, pos[1], usage);
    throw UsageError(usage);
}

}  // namespace skranke::cli
