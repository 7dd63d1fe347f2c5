#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/invoicepdf.h"
#include "app/skranke-cli/receivablesjson.h"
#include "app/skranke-cli/usageerror.h"
#include "core/company/companyservice.h"
#include "core/export/csvwriter.h"
#include "core/invoicing/invoicelist.h"
#include "core/invoicing/invoiceservice.h"
#include "core/invoicing/quantity.h"
#include "core/store/error.h"
#include "core/time/dates.h"

#include <QJsonArray>

namespace skranke::cli {

namespace {

class InvoiceText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Invoice)
};

std::int64_t parseNumber(const QString& text, const QString& field) {
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n <= 0)
        throw Error::invalid(
            field, QCoreApplication::translate("skranke::cli::Invoice", "\"%1\" is not a number.")
                       .arg(text));
    return n;
}

// "TEXT|QTY|UNIT_PRICE_INCL_VAT|VAT_RATE[|DISCOUNT_PERCENT]"
InvoiceLineInput parseLine(const QString& spec, int index, const Currency& currency) {
    const QString field = QStringLiteral("line %1").arg(index);
    const QStringList parts = spec.split(QLatin1Char('|'));
    if (parts.size() < 4 || parts.size() > 5)
        throw Error::invalid(field, InvoiceText::tr("--line %1 must be "
                                                    "\"TEXT|QTY|UNIT_PRICE_INCL_VAT|VAT_RATE"
                                                    "[|DISCOUNT_PERCENT]\", not \"%2\".")
                                        .arg(index)
                                        .arg(spec));
    InvoiceLineInput in;
    in.text = parts[0].trimmed();
    in.quantityMilli = Quantity::parse(parts[1], field);
    in.unitPrice = Money::fromDecimalString(parts[2].trimmed(), currency, field);
    in.vatRate = Rate::percent(parts[3], field);
    if (parts.size() == 5)
        in.discount = Rate::percent(parts[4], field);
    return in;
}

int create(CliContext& ctx, const QCommandLineParser& p) {
    if (!p.isSet(QStringLiteral("debtor")) || !p.isSet(QStringLiteral("date")) ||
        !p.isSet(QStringLiteral("line")))
        throw UsageError(
            InvoiceText::tr("invoice create needs --debtor, --date and at least one --line."));
    const Currency currency = Currency::fromCode(CompanyService::rules(ctx.db()).currency);
    InvoiceDraft d;
    d.debtorId = parseNumber(p.value(QStringLiteral("debtor")), QStringLiteral("debtor"));
    d.date = Dates::parse(p.value(QStringLiteral("date")), QStringLiteral("date"));
    if (p.isSet(QStringLiteral("due")))
        d.dueDate = Dates::parse(p.value(QStringLiteral("due")), QStringLiteral("due"));
    int i = 0;
    for (const QString& spec : p.values(QStringLiteral("line")))
        d.lines.push_back(parseLine(spec, ++i, currency));
    d.message = p.value(QStringLiteral("message"));
    d.tillRef = p.value(QStringLiteral("till"));
    d.feesAllowed = !p.isSet(QStringLiteral("no-fees"));
    const Invoice inv = p.isSet(QStringLiteral("post"))
                            ? InvoiceService::createAndPost(ctx.session(), d)
                            : InvoiceService::createDraft(ctx.session(), d);
    ctx.print(toJson(inv), [&] { return invoiceText(inv); });
    return 0;
}

int list(CliContext& ctx, const QCommandLineParser& p) {
    InvoiceList::Filter f;
    if (p.isSet(QStringLiteral("from")))
        f.from = Dates::parse(p.value(QStringLiteral("from")), QStringLiteral("from"));
    if (p.isSet(QStringLiteral("to")))
        f.to = Dates::parse(p.value(QStringLiteral("to")), QStringLiteral("to"));
    if (f.from.isValid() && f.to.isValid() && f.to < f.from)
        throw Error::invalid(QStringLiteral("to"),
                             InvoiceText::tr("The period ends before it starts."));
    f.tillRef = p.value(QStringLiteral("till"));
    std::optional<CsvWriter> csv;
    if (p.isSet(QStringLiteral("csv"))) {
        csv.emplace(CsvWriter::separatorFromText(p.value(QStringLiteral("separator"))));
        csv->addRow({InvoiceText::tr("Kind"), InvoiceText::tr("Number"), InvoiceText::tr("Date"),
                     InvoiceText::tr("Due"), InvoiceText::tr("Debtor"), InvoiceText::tr("Name"),
                     InvoiceText::tr("Till"), InvoiceText::tr("Total"), InvoiceText::tr("Open")});
    }
    QJsonArray rows;
    QStringList lines;
    InvoiceList::Cursor cursor;
    for (;;) {
        const auto page = InvoiceList::page(ctx.db(), f, cursor, 500);
        for (const auto& r : page) {
            const QString kind =
                r.creditNote ? QStringLiteral("credit_note") : QStringLiteral("invoice");
            rows.append(QJsonObject{{QStringLiteral("kind"), kind},
                                    {QStringLiteral("number"), qint64(r.number)},
                                    {QStringLiteral("date"), Dates::iso(r.date)},
                                    {QStringLiteral("due"), Dates::iso(r.dueDate)},
                                    {QStringLiteral("debtor"), qint64(r.debtorId)},
                                    {QStringLiteral("name"), r.debtorName},
                                    {QStringLiteral("till"), r.tillRef},
                                    {QStringLiteral("total"), r.total.toDecimalString()},
                                    {QStringLiteral("open"), r.open.toDecimalString()},
                                    {QStringLiteral("currency"), r.total.currency().code()}});
            lines << QStringLiteral("%1 %2  %3  %4 %5 %6")
                         .arg(r.creditNote ? QStringLiteral("CN") : QStringLiteral("IN"))
                         .arg(r.number, 7)
                         .arg(Dates::iso(r.date))
                         .arg(r.debtorName, -30)
                         .arg(r.total.toDecimalString(), 12)
                         .arg(r.open.toDecimalString(), 12);
            if (csv)
                csv->addRow({kind, QString::number(r.number), Dates::iso(r.date),
                             Dates::iso(r.dueDate), QString::number(r.debtorId), r.debtorName,
                             r.tillRef, r.total.toDecimalString(), r.open.toDecimalString()});
        }
        if (page.size() < 500)
            break;
        cursor = InvoiceList::cursorAfter(page.back());
    }
    if (csv)
        csv->save(p.value(QStringLiteral("csv")));
    ctx.print(rows, [&] { return lines.join(QLatin1Char('\n')); });
    return 0;
}

}  // namespace

int runInvoice(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("create|post|show|list|pdf"),
                            InvoiceText::tr("What to do."));
    p.addOptions({
        {QStringLiteral("debtor"), InvoiceText::tr("Debtor ID."), InvoiceText::tr("ID")},
        {QStringLiteral("date"), InvoiceText::tr("Invoice date (YYYY-MM-DD)."),
         InvoiceText::tr("DATE")},
        {QStringLiteral("due"), InvoiceText::tr("Due date; default from the debtor's terms."),
         InvoiceText::tr("DATE")},
        {QStringLiteral("line"),
         InvoiceText::tr("A line: TEXT|QTY|UNIT_PRICE_INCL_VAT|VAT_RATE[|DISCOUNT]."),
         InvoiceText::tr("LINE")},
        {QStringLiteral("message"), InvoiceText::tr("Message printed on the invoice."),
         InvoiceText::tr("TEXT")},
        {QStringLiteral("till"), InvoiceText::tr("Till reference (create), or till filter (list)."),
         InvoiceText::tr("TILL")},
        {QStringLiteral("no-fees"),
         InvoiceText::tr("Reminder fees and interest may not be charged.")},
        {QStringLiteral("post"), InvoiceText::tr("Post the invoice at once (numbered).")},
        {QStringLiteral("from"), InvoiceText::tr("Period start (list)."), InvoiceText::tr("DATE")},
        {QStringLiteral("to"), InvoiceText::tr("Period end (list)."), InvoiceText::tr("DATE")},
        {QStringLiteral("csv"), InvoiceText::tr("Write the list as CSV to FILE."),
         InvoiceText::tr("FILE")},
        {QStringLiteral("separator"), InvoiceText::tr("CSV separator: ';', ',' or tab."),
         InvoiceText::tr("SEP"), QStringLiteral(";")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         InvoiceText::tr("PDF file to write (pdf)."),
         InvoiceText::tr("FILE")},
    });
    const QString usage = InvoiceText::tr(
        "Usage: skranke-cli --user ME invoice create --debtor ID --date D [--due D] "
        "--line \"TEXT|QTY|UNIT_PRICE_INCL_VAT|VAT_RATE\" ... [--message M] [--till T] [--no-fees] "
        "[--post]\n"
        "       skranke-cli --user ME invoice post DRAFT_ID\n"
        "       skranke-cli invoice show NUMBER\n"
        "       skranke-cli invoice list [--from D] [--to D] [--till T] [--csv FILE [--separator "
        "S]]\n"
        "       skranke-cli invoice pdf NUMBER -o FILE");
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (action == QLatin1String("create") && pos.size() == 1)
        return create(ctx, p);
    if (action == QLatin1String("list") && pos.size() == 1)
        return list(ctx, p);
    if (pos.size() != 2)
        throw UsageError(usage);
    const std::int64_t n = parseNumber(pos[1], QStringLiteral("invoice"));
    if (action == QLatin1String("post")) {
        const Invoice inv = InvoiceService::post(ctx.session(), n);
        ctx.print(toJson(inv), [&] { return invoiceText(inv); });
        return 0;
    }
    if (action == QLatin1String("show")) {
        const Invoice inv = InvoiceService::requireInvoice(ctx.db(), n);
        ctx.print(toJson(inv), [&] { return invoiceText(inv); });
        return 0;
    }
    if (action == QLatin1String("pdf")) {
        if (!p.isSet(QStringLiteral("output")))
            throw UsageError(InvoiceText::tr("invoice pdf needs -o FILE."));
        const Invoice inv = InvoiceService::requireInvoice(ctx.db(), n);
        writeInvoicePdf(ctx, inv.id, p.value(QStringLiteral("output")));
        return 0;
    }
    throw UsageError(usage);
}

int runCreditNote(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("create|show|pdf"), InvoiceText::tr("What to do."));
    p.addOptions({
        {QStringLiteral("invoice"), InvoiceText::tr("The invoice number to credit."),
         InvoiceText::tr("NUMBER")},
        {QStringLiteral("amount"),
         InvoiceText::tr("Credit this amount (spread over the VAT rates)."),
         InvoiceText::tr("AMOUNT")},
        {QStringLiteral("line"), InvoiceText::tr("Credit line N (all of it, or QTY of it)."),
         InvoiceText::tr("N[:QTY]")},
        {QStringLiteral("date"), InvoiceText::tr("Credit note date (default: the invoice's)."),
         InvoiceText::tr("DATE")},
        {QStringLiteral("message"), InvoiceText::tr("Message printed on the credit note."),
         InvoiceText::tr("TEXT")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         InvoiceText::tr("PDF file to write (pdf)."),
         InvoiceText::tr("FILE")},
    });
    const QString usage = InvoiceText::tr(
        "Usage: skranke-cli --user ME credit-note create --invoice NUMBER [--amount A | --line "
        "N[:QTY] ...] "
        "[--date D]\n"
        "       skranke-cli credit-note show NUMBER\n"
        "       skranke-cli credit-note pdf NUMBER -o FILE\n"
        "Without --amount and --line the whole invoice is credited.");
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    if (pos == QStringList{QStringLiteral("create")}) {
        if (!p.isSet(QStringLiteral("invoice")))
            throw UsageError(InvoiceText::tr("credit-note create needs --invoice NUMBER."));
        CreditRequest r;
        const Currency currency = Currency::fromCode(CompanyService::rules(ctx.db()).currency);
        if (p.isSet(QStringLiteral("amount")))
            r.amount = Money::fromDecimalString(p.value(QStringLiteral("amount")), currency);
        for (const QString& spec : p.values(QStringLiteral("line"))) {
            const QStringList parts = spec.split(QLatin1Char(':'));
            CreditRequest::Line l;
            l.lineNo = int(parseNumber(parts[0], QStringLiteral("line")));
            if (parts.size() == 2)
                l.quantityMilli = Quantity::parse(parts[1], QStringLiteral("line"));
            else if (parts.size() > 2)
                throw Error::invalid(
                    QStringLiteral("line"),
                    InvoiceText::tr("--line must be N or N:QTY, not \"%1\".").arg(spec));
            r.lines.push_back(l);
        }
        if (r.amount && !r.lines.empty())
            throw UsageError(InvoiceText::tr("Give --amount or --line, not both."));
        if (p.isSet(QStringLiteral("date")))
            r.date = Dates::parse(p.value(QStringLiteral("date")), QStringLiteral("date"));
        r.message = p.value(QStringLiteral("message"));
        const Invoice note = InvoiceService::creditNote(
            ctx.session(),
            parseNumber(p.value(QStringLiteral("invoice")), QStringLiteral("invoice")), r);
        ctx.print(toJson(note), [&] { return invoiceText(note); });
        return 0;
    }
    if (pos.size() == 2 && (pos[0] == QLatin1String("show") || pos[0] == QLatin1String("pdf"))) {
        const auto note =
            InvoiceService::byNumber(ctx.db(), Invoice::Kind::CreditNote,
                                     parseNumber(pos[1], QStringLiteral("credit_note")));
        if (!note)
            throw Error(ErrorCode::NotFound,
                        InvoiceText::tr("There is no credit note %1.").arg(pos[1]),
                        QStringLiteral("credit_note"));
        if (pos[0] == QLatin1String("show")) {
            ctx.print(toJson(*note), [&] { return invoiceText(*note); });
        } else {
            if (!p.isSet(QStringLiteral("output")))
                throw UsageError(InvoiceText::tr("credit-note pdf needs -o FILE."));
            writeInvoicePdf(ctx, note->id, p.value(QStringLiteral("output")));
        }
        return 0;
    }
    throw UsageError(usage);
}

}  // namespace skranke::cli
