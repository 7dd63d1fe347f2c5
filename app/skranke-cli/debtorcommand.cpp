#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/receivablesjson.h"
#include "app/skranke-cli/usageerror.h"
#include "core/export/csvwriter.h"
#include "core/ledger/debtoroverview.h"
#include "core/parties/debtorservice.h"
#include "core/store/error.h"

#include <QJsonArray>

namespace skranke::cli {

namespace {

class DebtorText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Debtor)
};

struct Field {
    const char* option;
    QString Debtor::*member;
};

const Field textFields[] = {
    {"name", &Debtor::name},
    {"company", &Debtor::companyName},
    {"address", &Debtor::addressLine1},
    {"address2", &Debtor::addressLine2},
    {"postcode", &Debtor::postcode},
    {"city", &Debtor::city},
    {"country", &Debtor::country},
    {"email", &Debtor::email},
    {"phone", &Debtor::phone},
    {"language", &Debtor::language},
    {"gln", &Debtor::gln},
    {"org-number", &Debtor::orgNumber},
};

void addDebtorOptions(QCommandLineParser& p) {
    for (const Field& f : textFields)
        p.addOption({QLatin1String(f.option),
                     DebtorText::tr("The debtor's %1.").arg(QLatin1String(f.option)),
                     DebtorText::tr("VALUE")});
    p.addOptions(
        {{QStringLiteral("business"), DebtorText::tr("A business debtor (B2B).")},
         {QStringLiteral("private"), DebtorText::tr("A private debtor (not B2B).")},
         {QStringLiteral("group"), DebtorText::tr("Debtor group by name."),
          DebtorText::tr("GROUP")},
         {QStringLiteral("terms-days"), DebtorText::tr("Payment terms in days."),
          DebtorText::tr("N")},
         {QStringLiteral("end-of-month"), DebtorText::tr("Terms run from the end of the month.")},
         {QStringLiteral("id"), DebtorText::tr("The debtor ID to use (add)."),
          DebtorText::tr("ID")},
         {QStringLiteral("search"), DebtorText::tr("Search text (list)."), DebtorText::tr("TEXT")},
         {QStringLiteral("all"), DebtorText::tr("List debtors without outstanding too.")},
         {QStringLiteral("limit"), DebtorText::tr("At most N rows (list)."), DebtorText::tr("N"),
          QStringLiteral("100")},
         {QStringLiteral("csv"), DebtorText::tr("Write the list as CSV to FILE."),
          DebtorText::tr("FILE")},
         {QStringLiteral("separator"), DebtorText::tr("CSV separator: ';', ',' or tab."),
          DebtorText::tr("SEP"), QStringLiteral(";")}});
}

std::int64_t parseId(const QString& text, const char* what) {
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error::invalid(
            QLatin1String(what),
            QCoreApplication::translate("skranke::cli::Debtor", "\"%1\" is not an ID.").arg(text));
    return id;
}

void apply(CliContext& ctx, const QCommandLineParser& p, Debtor& d) {
    for (const Field& f : textFields)
        if (p.isSet(QLatin1String(f.option)))
            d.*f.member = p.value(QLatin1String(f.option));
    if (p.isSet(QStringLiteral("business")))
        d.business = true;
    if (p.isSet(QStringLiteral("private")))
        d.business = false;
    if (p.isSet(QStringLiteral("terms-days"))) {
        bool ok = false;
        d.terms.days = p.value(QStringLiteral("terms-days")).toInt(&ok);
        if (!ok)
            throw Error::invalid(QStringLiteral("terms_days"),
                                 DebtorText::tr("--terms-days must be a number of days."));
    }
    if (p.isSet(QStringLiteral("end-of-month")))
        d.terms.kind = PaymentTerms::Kind::EndOfMonth;
    if (p.isSet(QStringLiteral("group"))) {
        const QString name = p.value(QStringLiteral("group"));
        const auto g = DebtorService::groupByName(ctx.db(), name);
        if (!name.isEmpty() && !g)
            throw Error(ErrorCode::NotFound,
                        DebtorText::tr("There is no debtor group \"%1\".").arg(name),
                        QStringLiteral("group"));
        d.groupId = g ? g->id : 0;
    }
}

int list(CliContext& ctx, const QCommandLineParser& p) {
    DebtorOverview::Filter f;
    f.search = p.value(QStringLiteral("search"));
    f.onlyOutstanding = !p.isSet(QStringLiteral("all"));
    const int limit = p.value(QStringLiteral("limit")).toInt();
    if (limit <= 0)
        throw UsageError(DebtorText::tr("--limit must be a positive number."));
    QJsonArray rows;
    QStringList lines;
    std::optional<CsvWriter> csv;
    if (p.isSet(QStringLiteral("csv"))) {
        csv.emplace(CsvWriter::separatorFromText(p.value(QStringLiteral("separator"))));
        csv->addRow({DebtorText::tr("ID"), DebtorText::tr("Group"), DebtorText::tr("Name"),
                     DebtorText::tr("Prepayment"), DebtorText::tr("Outstanding")});
    }
    std::int64_t after = 0;
    int left = limit;
    while (left > 0) {
        const auto page = DebtorOverview::page(ctx.db(), f, after, std::min(left, 500));
        for (const auto& r : page) {
            rows.append(
                QJsonObject{{QStringLiteral("id"), qint64(r.id)},
                            {QStringLiteral("group"), r.group},
                            {QStringLiteral("name"), r.name},
                            {QStringLiteral("prepayment"), r.prepayment.toDecimalString()},
                            {QStringLiteral("outstanding"), r.outstanding.toDecimalString()},
                            {QStringLiteral("currency"), r.outstanding.currency().code()}});
            lines << QStringLiteral("%1  %2 %3 %4 %5")
                         .arg(r.id, 6)
                         .arg(r.name, -34)
                         .arg(r.group, -16)
                         .arg(r.prepayment.toDecimalString(), 12)
                         .arg(r.outstanding.toDecimalString(), 12);
            if (csv)
                csv->addRow({QString::number(r.id), r.group, r.name, r.prepayment.toDecimalString(),
                             r.outstanding.toDecimalString()});
            after = r.id;
        }
        left -= int(page.size());
        if (page.empty())
            break;
    }
    if (csv)
        csv->save(p.value(QStringLiteral("csv")));
    ctx.print(rows, [&] { return lines.join(QLatin1Char('\n')); });
    return 0;
}

}  // namespace

int runDebtor(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("add|edit|show|list"), DebtorText::tr("What to do."));
    addDebtorOptions(p);
    const QString usage = DebtorText::tr(
        "Usage: skranke-cli --user ME debtor add --name N [--company C] [--email E] [--business] "
        "[--group G] [--terms-days N] [--end-of-month] [--address A] [--postcode P] [--city C] "
        "[--country CC] [--language da|nb|sv|en] [--gln EAN] [--org-number N] [--id ID]\n"
        "       skranke-cli --user ME debtor edit ID [the same options]\n"
        "       skranke-cli debtor show ID\n"
        "       skranke-cli debtor list [--search T] [--all] [--limit N] [--csv FILE "
        "[--separator ';'|','|tab]]");
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (action == QLatin1String("list") && pos.size() == 1)
        return list(ctx, p);
    if (action == QLatin1String("add") && pos.size() == 1) {
        Debtor d;
        if (p.isSet(QStringLiteral("id")))
            d.id = parseId(p.value(QStringLiteral("id")), "id");
        apply(ctx, p, d);
        const Debtor created = DebtorService::create(ctx.session(), d);
        const auto b = LedgerService::balance(ctx.db(), created.id);
        ctx.print(toJson(created, b), [&] { return debtorText(created, b); });
        return 0;
    }
    if ((action == QLatin1String("edit") || action == QLatin1String("show")) && pos.size() == 2) {
        Debtor d = DebtorService::require(ctx.db(), parseId(pos[1], "debtor"));
        if (action == QLatin1String("edit")) {
            apply(ctx, p, d);
            d = DebtorService::edit(ctx.session(), d);
        }
        const auto b = LedgerService::balance(ctx.db(), d.id);
        ctx.print(toJson(d, b), [&] { return debtorText(d, b); });
        return 0;
    }
    throw UsageError(usage);
}

int runGroup(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("add|list|rename|move"), DebtorText::tr("What to do."));
    p.addOption({QStringLiteral("group"), DebtorText::tr("The group to move debtors to (move)."),
                 DebtorText::tr("GROUP")});
    const QString usage = DebtorText::tr(
        "Usage: skranke-cli --user ME group add NAME\n"
        "       skranke-cli group list\n"
        "       skranke-cli --user ME group rename OLD NEW\n"
        "       skranke-cli --user ME group move --group NAME DEBTOR_ID...");
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (action == QLatin1String("list") && pos.size() == 1) {
        QJsonArray rows;
        QStringList lines;
        for (const DebtorGroup& g : DebtorService::groups(ctx.db())) {
            rows.append(QJsonObject{{QStringLiteral("id"), qint64(g.id)},
                                    {QStringLiteral("name"), g.name},
                                    {QStringLiteral("debtors"), qint64(g.debtorCount)}});
            lines << QStringLiteral("%1 (%2)").arg(g.name).arg(g.debtorCount);
        }
        ctx.print(rows, [&] { return lines.join(QLatin1Char('\n')); });
        return 0;
    }
    if (action == QLatin1String("add") && pos.size() == 2) {
        const DebtorGroup g = DebtorService::createGroup(ctx.session(), pos[1]);
        ctx.print(
            QJsonObject{{QStringLiteral("id"), qint64(g.id)}, {QStringLiteral("name"), g.name}},
            [&] { return DebtorText::tr("Created the group %1.").arg(g.name); });
        return 0;
    }
    if (action == QLatin1String("rename") && pos.size() == 3) {
        const auto g = DebtorService::groupByName(ctx.db(), pos[1]);
        if (!g)
            throw Error(ErrorCode::NotFound,
                        DebtorText::tr("There is no debtor group \"%1\".").arg(pos[1]),
                        QStringLiteral("group"));
        DebtorService::renameGroup(ctx.session(), g->id, pos[2]);
        ctx.print(
            QJsonObject{{QStringLiteral("id"), qint64(g->id)}, {QStringLiteral("name"), pos[2]}},
            [&] { return DebtorText::tr("Renamed %1 to %2.").arg(pos[1], pos[2]); });
        return 0;
    }
    if (action == QLatin1String("move") && pos.size() >= 2 && p.isSet(QStringLiteral("group"))) {
        const QString name = p.value(QStringLiteral("group"));
        const auto g = DebtorService::groupByName(ctx.db(), name);
        if (!g)
            throw Error(ErrorCode::NotFound,
                        DebtorText::tr("There is no debtor group \"%1\".").arg(name),
                        QStringLiteral("group"));
        std::vector<std::int64_t> ids;
        QJsonArray moved;
        for (const QString& id : pos.mid(1)) {
            ids.push_back(parseId(id, "debtor"));
            moved.append(qint64(ids.back()));
        }
        DebtorService::moveToGroup(ctx.session(), ids, g->id);
        ctx.print(
            QJsonObject{{QStringLiteral("group"), g->name}, {QStringLiteral("debtors"), moved}},
            [&] { return DebtorText::tr("Moved %1 debtors to %2.").arg(ids.size()).arg(g->name); });
        return 0;
    }
    throw UsageError(usage);
}

}  // namespace skranke::cli
