#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/tillcli.h"
#include "app/skranke-cli/usageerror.h"
#include "core/catalog/catalogservice.h"
#include "core/company/companyservice.h"
#include "core/invoicing/quantity.h"
#include "core/parties/debtorservice.h"
#include "core/store/error.h"
#include "core/till/receiptcalculator.h"
#include "core/till/returnservice.h"
#include "core/till/saleservice.h"
#include "core/till/tillservice.h"
#include "ui/documents/receiptdocument.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace skranke::cli {

namespace {

class TillText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Till)
};

QJsonObject tillJson(Database& db, const Till& t) {
    QJsonObject o{{QStringLiteral("id"), qint64(t.id)},
                  {QStringLiteral("ref"), t.ref},
                  {QStringLiteral("name"), t.name}};
    const std::optional<Shift> shift = TillService::openShift(db, t.id);
    o.insert(QStringLiteral("shift_open"), shift.has_value());
    if (shift)
        o.insert(QStringLiteral("float"), shift->cashFloat.toDecimalString());
    return o;
}

// "PRODUCT_OR_EAN|QTY[|PRICE[|CARD]]": QTY in up to three decimals, PRICE
// including VAT and overriding the list price, CARD the number of the value
// card a value-card line puts its amount on (none: a new card).
SaleLineInput parseLine(Database& db, const QString& spec, int index, const Currency& currency) {
    const QStringList parts = spec.split(QLatin1Char('|'));
    if (parts.size() < 2 || parts.size() > 4 || parts[0].trimmed().isEmpty())
        throw Error::invalid(
            QStringLiteral("line"),
            TillText::tr("--line %1 must be \"PRODUCT_OR_EAN|QTY[|PRICE[|CARD]]\", "
                         "not \"%2\".")
                .arg(index)
                .arg(spec));
    const std::int64_t quantity = Quantity::parse(parts[1].trimmed(), QStringLiteral("line"));
    std::optional<Money> price;
    if (parts.size() >= 3 && !parts[2].trimmed().isEmpty())
        price = Money::fromDecimalString(parts[2].trimmed(), currency, QStringLiteral("line"));
    SaleLineInput line = SaleService::lineFor(db, parts[0], quantity, price);
    if (parts.size() == 4)
        line.cardNumber = parts[3].trimmed();
    return line;
}

// "cash|AMOUNT" (what the customer hands over), "card|AMOUNT[|REFERENCE]",
// "value_card|AMOUNT|CARD" or "invoice" (the whole sale, to --debtor).
TenderInput parseTender(const QString& spec, int index, const Currency& currency,
                        const Money& total) {
    const QStringList parts = spec.split(QLatin1Char('|'));
    const auto bad = [&] {
        return Error::invalid(
            QStringLiteral("tender"),
            TillText::tr("--tender %1 must be \"cash|AMOUNT\", "
                         "\"card|AMOUNT[|REFERENCE]\", \"value_card|AMOUNT|CARD\" "
                         "or \"invoice\", not \"%2\".")
                .arg(index)
                .arg(spec));
    };
    if (parts.size() > 3)
        throw bad();
    TenderInput t;
    t.kind = tenderKindFromKey(parts[0].trimmed());
    if (t.kind == TenderKind::Invoice && parts.size() == 1) {
        t.amount = total;
        return t;
    }
    if (parts.size() < 2)
        throw bad();
    t.amount = Money::fromDecimalString(parts[1].trimmed(), currency, QStringLiteral("tender"));
    if (parts.size() == 3) {
        if (t.kind == TenderKind::Cash)
            throw Error::invalid(QStringLiteral("tender"),
                                 TillText::tr("--tender %1: cash has no reference.").arg(index));
        t.reference = parts[2].trimmed();
    } else if (t.kind == TenderKind::ValueCard) {
        throw bad();
    }
    return t;
}

QString localTime(std::int64_t ms, const QString& timeZone) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(timeZone.toUtf8())).toString(Qt::ISODate);
}

QJsonObject receiptJson(const Receipt& r, const QString& timeZone) {
    QJsonArray lines;
    for (const ReceiptLine& l : r.lines) {
        QJsonObject o{{QStringLiteral("line"), l.lineNo},
                      {QStringLiteral("text"), l.input.text},
                      {QStringLiteral("quantity"), Quantity::format(l.input.quantityMilli)},
                      {QStringLiteral("unit_price"), l.input.unitPrice.toDecimalString()},
                      {QStringLiteral("list_price"), l.input.listPrice.toDecimalString()},
                      {QStringLiteral("vat_rate"), l.input.vatRate.toPercentString()},
                      {QStringLiteral("amount"), l.amount.toDecimalString()}};
        if (l.input.productId != 0)
            o.insert(QStringLiteral("product"), qint64(l.input.productId));
        if (!l.input.cardNumber.isEmpty())
            o.insert(QStringLiteral("value_card"), l.input.cardNumber);
        lines.append(o);
    }
    QJsonArray vat;
    for (const ReceiptVat& v : r.vat)
        vat.append(QJsonObject{{QStringLiteral("rate"), v.rate.toPercentString()},
                               {QStringLiteral("gross"), v.gross.toDecimalString()},
                               {QStringLiteral("vat"), v.vat.toDecimalString()}});
    QJsonArray tenders;
    for (const ReceiptTender& t : r.tenders)
        tenders.append(QJsonObject{{QStringLiteral("kind"), tenderKindKey(t.kind)},
                                   {QStringLiteral("amount"), t.amount.toDecimalString()},
                                   {QStringLiteral("given"), t.given.toDecimalString()},
                                   {QStringLiteral("change"), t.change.toDecimalString()},
                                   {QStringLiteral("reference"), t.reference}});
    QJsonObject o{{QStringLiteral("till"), r.tillRef},
                  {QStringLiteral("number"), qint64(r.number)},
                  {QStringLiteral("kind"), r.kind},
                  {QStringLiteral("time"), localTime(r.createdMs, timeZone)},
                  {QStringLiteral("total"), r.total.toDecimalString()},
                  {QStringLiteral("rounding"), r.rounding.toDecimalString()},
                  {QStringLiteral("currency"), r.total.currency().code()},
                  {QStringLiteral("vat"), vat},
                  {QStringLiteral("tenders"), tenders},
                  {QStringLiteral("lines"), lines}};
    if (r.party.debtorId != 0)
        o.insert(QStringLiteral("debtor"), qint64(r.party.debtorId));
    if (r.invoiceNumber != 0)
        o.insert(QStringLiteral("invoice"), qint64(r.invoiceNumber));
    return o;
}

QString receiptText(const Receipt& r, const QString& timeZone) {
    QStringList out{TillText::tr("Till %1, receipt %2, %3")
                        .arg(r.tillRef)
                        .arg(r.number)
                        .arg(localTime(r.createdMs, timeZone))};
    for (const ReceiptLine& l : r.lines)
        out << QStringLiteral("%1  %2 %3 × %4 %5  (%6 %)")
                   .arg(l.lineNo, 3)
                   .arg(l.input.text, -24)
                   .arg(Quantity::format(l.input.quantityMilli), 7)
                   .arg(l.input.unitPrice.toDecimalString(), 9)
                   .arg(l.amount.toDecimalString(), 10)
                   .arg(l.input.vatRate.toPercentString());
    out << TillText::tr("Total %1 %2").arg(r.total.toDecimalString(), r.total.currency().code());
    if (!r.rounding.isZero())
        out << TillText::tr("Cash rounding %1").arg(r.rounding.toDecimalString());
    for (const ReceiptVat& v : r.vat)
        out << TillText::tr("VAT %1 %: %2 of %3")
                   .arg(v.rate.toPercentString(), v.vat.toDecimalString(),
                        v.gross.toDecimalString());
    for (const ReceiptTender& t : r.tenders) {
        QString line =
            QStringLiteral("%1 %2").arg(tenderKindName(t.kind), t.amount.toDecimalString());
        if (t.kind == TenderKind::Cash)
            line += TillText::tr(" (given %1, change %2)")
                        .arg(t.given.toDecimalString(), t.change.toDecimalString());
        if (!t.reference.isEmpty())
            line += QStringLiteral(" [%1]").arg(t.reference);
        out << line;
    }
    return out.join(QLatin1Char('\n'));
}

int create(CliContext& ctx, const QString& ref, const QCommandLineParser& p, const QString& usage) {
    const Till t = TillService::createTill(ctx.session(), ref, TillCli::required(p, "name", usage));
    ctx.print(tillJson(ctx.db(), t),
              [&] { return TillText::tr("Till %1 (%2) created.").arg(t.ref, t.name); });
    return 0;
}

int list(CliContext& ctx) {
    QJsonArray rows;
    QStringList lines;
    for (const Till& t : TillService::tills(ctx.db())) {
        const QJsonObject o = tillJson(ctx.db(), t);
        rows.append(o);
        lines << QStringLiteral("%1  %2  %3")
                     .arg(t.ref, -8)
                     .arg(t.name, -24)
                     .arg(o[QStringLiteral("shift_open")].toBool()
                              ? TillText::tr("shift open, float %1")
                                    .arg(o[QStringLiteral("float")].toString())
                              : TillText::tr("no open shift"));
    }
    ctx.print(rows, [&] { return lines.join(QLatin1Char('\n')); });
    return 0;
}

int products(CliContext& ctx, const QCommandLineParser& p) {
    const int limit = TillCli::positive(p.value(QStringLiteral("limit")), "limit");
    QJsonArray rows;
    QStringList lines;
    for (const Product& pr :
         CatalogService::searchProducts(ctx.db(), p.value(QStringLiteral("search")), limit)) {
        rows.append(QJsonObject{{QStringLiteral("id"), qint64(pr.id)},
                                {QStringLiteral("number"), pr.number},
                                {QStringLiteral("ean"), pr.ean},
                                {QStringLiteral("name"), pr.name},
                                {QStringLiteral("kind"), productKindKey(pr.kind)},
                                {QStringLiteral("price"), pr.price.toDecimalString()},
                                {QStringLiteral("currency"), pr.price.currency().code()},
                                {QStringLiteral("vat_rate"), pr.vatRate.toPercentString()}});
        lines << QStringLiteral("%1  %2  %3  %4 %5  %6 %")
                     .arg(pr.id, 5)
                     .arg(pr.number, -10)
                     .arg(pr.ean, -13)
                     .arg(pr.name, -28)
                     .arg(pr.price.toDecimalString(), 10)
                     .arg(pr.vatRate.toPercentString());
    }
    ctx.print(rows, [&] { return lines.join(QLatin1Char('\n')); });
    return 0;
}

int openShift(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    const QString till = TillCli::required(p, "till", usage);
    const Money cashFloat =
        Money::fromDecimalString(TillCli::required(p, "float", usage),
                                 TillCli::companyCurrency(ctx.db()), QStringLiteral("float"));
    const Shift s = TillService::openShift(ctx.session(), till, cashFloat);
    const QString tz = CompanyService::require(ctx.db()).timeZone;
    const QString ref = TillService::requireTill(ctx.db(), till).ref;
    ctx.print(QJsonObject{{QStringLiteral("till"), ref},
                          {QStringLiteral("shift"), qint64(s.id)},
                          {QStringLiteral("opened"), localTime(s.openedMs, tz)},
                          {QStringLiteral("float"), s.cashFloat.toDecimalString()}},
              [&] {
                  return TillText::tr("Shift opened on till %1 with a float of %2.")
                      .arg(ref, s.cashFloat.toDecimalString());
              });
    return 0;
}

int moveCash(CliContext& ctx, bool in, const QCommandLineParser& p, const QString& usage) {
    const QString till = TillCli::required(p, "till", usage);
    const Money amount =
        Money::fromDecimalString(TillCli::required(p, "amount", usage),
                                 TillCli::companyCurrency(ctx.db()), QStringLiteral("amount"));
    if (!amount.isPositive())
        throw Error::invalid(QStringLiteral("amount"),
                             TillText::tr("--amount is what is moved: more than 0."));
    const QString reason = TillCli::required(p, "reason", usage);
    const Money moved = in ? amount : -amount;
    TillService::moveCash(ctx.session(), till, moved, reason);
    const QString ref = TillService::requireTill(ctx.db(), till).ref;
    ctx.print(QJsonObject{{QStringLiteral("till"), ref},
                          {QStringLiteral("amount"), moved.toDecimalString()},
                          {QStringLiteral("reason"), reason.trimmed()}},
              [&] {
                  return (in ? TillText::tr("%1 put into till %2.")
                             : TillText::tr("%1 taken out of till %2."))
                      .arg(amount.toDecimalString(), ref);
              });
    return 0;
}

int sale(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    const QString till = TillCli::required(p, "till", usage);
    if (!p.isSet(QStringLiteral("line")) || !p.isSet(QStringLiteral("tender")))
        throw UsageError(usage);
    Database& db = ctx.db();
    const Currency currency = TillCli::companyCurrency(db);
    std::vector<SaleLineInput> lines;
    for (const QString& spec : p.values(QStringLiteral("line")))
        lines.push_back(parseLine(db, spec, int(lines.size()) + 1, currency));
    Receipt cart;
    ReceiptCalculator::computeTotals(cart, lines, currency);
    std::vector<TenderInput> tenders;
    for (const QString& spec : p.values(QStringLiteral("tender")))
        tenders.push_back(parseTender(spec, int(tenders.size()) + 1, currency, cart.total));
    SaleParty party;
    if (p.isSet(QStringLiteral("debtor"))) {
        const Debtor d = DebtorService::require(
            db, TillCli::positive(p.value(QStringLiteral("debtor")), "debtor"));
        party = SaleParty{0, d.id, d.displayName()};
    }
    const Receipt r = SaleService::sell(ctx.session(), till, lines, tenders, party);
    const QString tz = CompanyService::require(db).timeZone;
    ctx.print(receiptJson(r, tz), [&] { return receiptText(r, tz); });
    return 0;
}

// "LINE_NO|QTY": how much of an original receipt line comes back.
ReturnLine parseReturnLine(const QString& spec, int index) {
    const QStringList parts = spec.split(QLatin1Char('|'));
    if (parts.size() != 2)
        throw Error::invalid(
            QStringLiteral("line"),
            TillText::tr("--line %1 must be \"LINE_NO|QTY\", not \"%2\".").arg(index).arg(spec));
    return ReturnLine{TillCli::positive(parts[0].trimmed(), "line"),
                      Quantity::parse(parts[1].trimmed(), QStringLiteral("line"))};
}

int returnSale(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    const QString till = TillCli::required(p, "till", usage);
    const int original = TillCli::positive(TillCli::required(p, "receipt", usage), "receipt");
    if (!p.isSet(QStringLiteral("tender")))
        throw UsageError(usage);
    Database& db = ctx.db();
    const Currency currency = TillCli::companyCurrency(db);
    std::vector<ReturnLine> lines;
    for (const QString& spec : p.values(QStringLiteral("line")))
        lines.push_back(parseReturnLine(spec, int(lines.size()) + 1));
    std::vector<TenderInput> tenders;
    for (const QString& spec : p.values(QStringLiteral("tender")))
        tenders.push_back(
            parseTender(spec, int(tenders.size()) + 1, currency, Money::zero(currency)));
    const Receipt r = ReturnService::returnLines(ctx.session(), till, original, lines, tenders);
    const QString tz = CompanyService::require(db).timeZone;
    ctx.print(receiptJson(r, tz), [&] { return receiptText(r, tz); });
    return 0;
}

int receiptPdf(CliContext& ctx, const QCommandLineParser& p, const QString& usage) {
    const QString till = TillCli::required(p, "till", usage);
    const int number = TillCli::positive(TillCli::required(p, "receipt", usage), "receipt");
    const QString out = TillCli::required(p, "out", usage);
    const bool copy = p.isSet(QStringLiteral("copy"));
    // A copy is a till event of its own, by whoever prints it: signed in
    // before, journaled once the file is really written.
    const Session* printer = copy ? &ctx.session() : nullptr;
    ReceiptDocument(ReceiptDocument::load(ctx.db(), till, number, copy)).writePdf(out);
    if (printer)
        SaleService::journalCopy(*printer, till, number);
    ctx.print(QJsonObject{{QStringLiteral("till"), till},
                          {QStringLiteral("receipt"), number},
                          {QStringLiteral("copy"), copy},
                          {QStringLiteral("file"), out}},
              [&] { return TillText::tr("Wrote %1.").arg(out); });
    return 0;
}

}  // namespace

int runTill(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("create|list|products|shift|cash|sale|return|report|receipts|receipt|"
                       "payment|drawer|value-card"),
        TillText::tr("What to do."));
    p.addOptions({
        {QStringLiteral("name"), TillText::tr("The till's name (create)."), TillText::tr("NAME")},
        {QStringLiteral("search"),
         TillText::tr("Only products whose name contains the text, or with this number or "
                      "EAN (products)."),
         TillText::tr("TEXT")},
        {QStringLiteral("limit"), TillText::tr("At most this many rows (products, receipts)."),
         TillText::tr("N"), QStringLiteral("200")},
        {QStringLiteral("till"), TillText::tr("The till's ref, e.g. K1."), TillText::tr("REF")},
        {QStringLiteral("float"), TillText::tr("The cash counted in the drawer (shift open)."),
         TillText::tr("AMOUNT")},
        {QStringLiteral("amount"), TillText::tr("The cash moved (cash in|out) or paid (payment)."),
         TillText::tr("AMOUNT")},
        {QStringLiteral("reason"),
         TillText::tr("Why the cash is moved or the drawer opened (cash in|out, drawer)."),
         TillText::tr("TEXT")},
        {QStringLiteral("line"),
         TillText::tr("A line: product (EAN, number or ID), quantity and, to override the "
                      "list price, the price including VAT; a value card may name the card "
                      "number to put the amount on (sale; repeatable)."),
         TillText::tr("PRODUCT|QTY[|PRICE[|CARD]]")},
        {QStringLiteral("tender"),
         TillText::tr("A payment: cash with the amount handed over, card with the amount and "
                      "the terminal's reference, a value card with the amount and its number, "
                      "or invoice for the whole sale to --debtor (sale, return; repeatable)."),
         TillText::tr("cash|AMOUNT, card|AMOUNT[|REF], value_card|AMOUNT|CARD or invoice")},
        {QStringLiteral("debtor"),
         TillText::tr("The debtor the sale is for; needed for an invoice tender (sale, "
                      "payment)."),
         TillText::tr("ID")},
        {QStringLiteral("invoice"),
         TillText::tr("An invoice the payment settles and how much of it (payment; "
                      "repeatable; none: the oldest first)."),
         TillText::tr("NUMBER|AMOUNT")},
        {QStringLiteral("reference"), TillText::tr("The card terminal's reference (payment)."),
         TillText::tr("REF")},
        {QStringLiteral("counted"),
         TillText::tr("The cash counted in the drawer, closing the shift (report z)."),
         TillText::tr("AMOUNT")},
        {QStringLiteral("number"), TillText::tr("An earlier Z report to show again (report z)."),
         TillText::tr("N")},
        {QStringLiteral("receipt"),
         TillText::tr("The receipt's number on the till (return, receipt pdf)."),
         TillText::tr("N")},
        {QStringLiteral("out"),
         TillText::tr("The PDF file to write (receipt pdf, report x|z, payment)."),
         TillText::tr("FILE")},
        {QStringLiteral("copy"), TillText::tr("Mark the printout as a copy (receipt pdf).")},
        {QStringLiteral("pay-by"), TillText::tr("How the debtor pays: cash or card (payment)."),
         TillText::tr("cash|card"), QStringLiteral("cash")},
        {QStringLiteral("from"), TillText::tr("First day (receipts)."), TillText::tr("DATE")},
        {QStringLiteral("to"), TillText::tr("Last day (receipts)."), TillText::tr("DATE")},
    });
    const QString usage = TillText::tr(
        "Usage: skranke-cli --user ME till create REF --name NAME\n"
        "       skranke-cli till list\n"
        "       skranke-cli till products [--search TEXT] [--limit N]\n"
        "       skranke-cli --user ME till shift open --till REF --float AMOUNT\n"
        "       skranke-cli --user ME till cash in|out --till REF --amount A --reason TEXT\n"
        "       skranke-cli --user ME till sale --till REF --line \"PRODUCT_OR_EAN|QTY[|PRICE]\" "
        "... --tender \"cash|AMOUNT\" --tender \"card|AMOUNT[|REFERENCE]\" "
        "--tender \"value_card|AMOUNT|CARD\" ...\n"
        "       skranke-cli --user ME till sale --till REF --debtor ID --line ... --tender "
        "invoice\n"
        "       skranke-cli --user ME till payment --till REF --debtor ID --amount A "
        "[--pay-by cash|card] [--reference REF] [--invoice \"NUMBER|AMOUNT\"] ... [--out FILE]\n"
        "       skranke-cli --user ME till drawer --till REF --reason TEXT\n"
        "       skranke-cli till value-card NUMBER\n"
        "       skranke-cli --user ME till report x --till REF\n"
        "       skranke-cli --user ME till report z --till REF --counted AMOUNT\n"
        "       skranke-cli till report z --till REF --number N\n"
        "       skranke-cli till receipts --till REF [--from DATE] [--to DATE] [--limit N]\n"
        "       skranke-cli --user ME till return --till REF --receipt N [--line \"LINE_NO|QTY\"] "
        "... --tender \"cash|AMOUNT\"|\"card|AMOUNT[|REFERENCE]\"|\"value_card|AMOUNT[|CARD]\"\n"
        "       skranke-cli till receipt pdf --till REF --receipt N --out FILE [--copy]");
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    const QString what = pos.value(0);
    if (what == QLatin1String("report") || what == QLatin1String("receipts"))
        return runTillReports(ctx, p, usage);
    if (what == QLatin1String("payment") || what == QLatin1String("drawer") ||
        what == QLatin1String("value-card"))
        return runTillMoney(ctx, p, usage);
    if (what == QLatin1String("create") && pos.size() == 2)
        return create(ctx, pos[1], p, usage);
    if (pos == QStringList{QStringLiteral("list")})
        return list(ctx);
    if (pos == QStringList{QStringLiteral("products")})
        return products(ctx, p);
    if (pos == QStringList{QStringLiteral("shift"), QStringLiteral("open")})
        return openShift(ctx, p, usage);
    if (what == QLatin1String("cash") && pos.size() == 2 &&
        (pos[1] == QLatin1String("in") || pos[1] == QLatin1String("out")))
        return moveCash(ctx, pos[1] == QLatin1String("in"), p, usage);
    if (pos == QStringList{QStringLiteral("sale")})
        return sale(ctx, p, usage);
    if (pos == QStringList{QStringLiteral("return")})
        return returnSale(ctx, p, usage);
    if (pos == QStringList{QStringLiteral("receipt"), QStringLiteral("pdf")})
        return receiptPdf(ctx, p, usage);
    throw UsageError(usage);
}

}  // namespace skranke::cli
