// customer add|find|edit|show: the customers bookings are made for.
#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/parties/customerservice.h"
#include "core/store/error.h"

#include <QJsonArray>
#include <QJsonObject>

namespace skranke::cli {

namespace {

class CustomerText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Customer)
};

struct Field {
    const char* option;
    QString skranke::Customer::*member;
    const char* help;
};

const Field fields[] = {
    {"name", &skranke::Customer::name, QT_TRANSLATE_NOOP("skranke::cli::Customer", "Name.")},
    {"email", &skranke::Customer::email, QT_TRANSLATE_NOOP("skranke::cli::Customer", "Email.")},
    {"phone", &skranke::Customer::phone,
     QT_TRANSLATE_NOOP("skranke::cli::Customer", "Phone (\"-\" when not known).")},
    {"address", &skranke::Customer::addressLine1,
     QT_TRANSLATE_NOOP("skranke::cli::Customer", "Address line 1 (\"-\" when not known).")},
    {"address2", &skranke::Customer::addressLine2,
     QT_TRANSLATE_NOOP("skranke::cli::Customer", "Address line 2.")},
    {"address3", &skranke::Customer::addressLine3,
     QT_TRANSLATE_NOOP("skranke::cli::Customer", "Address line 3.")},
    {"postcode", &skranke::Customer::postcode,
     QT_TRANSLATE_NOOP("skranke::cli::Customer", "Postcode (\"-\" when not known).")},
    {"city", &skranke::Customer::city,
     QT_TRANSLATE_NOOP("skranke::cli::Customer", "City (\"-\" when not known).")},
    {"notes", &skranke::Customer::notes, QT_TRANSLATE_NOOP("skranke::cli::Customer", "Notes.")},
    {"invoice-remark", &skranke::Customer::invoiceRemark,
     QT_TRANSLATE_NOOP("skranke::cli::Customer", "A remark printed on the customer's invoices.")},
};

std::int64_t parseId(const QString& text, const char* field) {
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error::invalid(
            QLatin1String(field),
            QCoreApplication::translate("skranke::cli::Customer", "\"%1\" is not a customer ID.")
                .arg(text));
    return id;
}

void apply(const QCommandLineParser& p, skranke::Customer& c) {
    for (const Field& f : fields)
        if (p.isSet(QLatin1String(f.option)))
            c.*f.member = p.value(QLatin1String(f.option));
    if (p.isSet(QStringLiteral("no-email")))
        c.noEmail = true;
    if (p.isSet(QStringLiteral("has-email")))
        c.noEmail = false;
    if (p.isSet(QStringLiteral("debtor")))
        c.debtorId = parseId(p.value(QStringLiteral("debtor")), "debtor");
}

QJsonObject toJson(const skranke::Customer& c) {
    QJsonObject o{{QStringLiteral("id"), qint64(c.id)}, {QStringLiteral("no_email"), c.noEmail}};
    for (const Field& f : fields)
        o.insert(QString::fromLatin1(f.option).replace(QLatin1Char('-'), QLatin1Char('_')),
                 c.*f.member);
    o.insert(QStringLiteral("debtor"),
             c.debtorId ? QJsonValue(qint64(c.debtorId)) : QJsonValue(QJsonValue::Null));
    return o;
}

QString line(const skranke::Customer& c) {
    return QStringLiteral("%1  %2  %3  %4, %5 %6  %7")
        .arg(c.id)
        .arg(c.name, c.noEmail ? CustomerText::tr("(no email)") : c.email, c.addressLine1,
             c.postcode, c.city, c.phone);
}

skranke::Customer require(Database& db, const QString& idText) {
    const std::int64_t id = parseId(idText, "customer");
    const auto c = CustomerService::find(db, id);
    if (!c)
        throw Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("skranke::cli::Customer", "There is no customer %1.")
                .arg(id),
            QStringLiteral("customer"));
    return *c;
}

}  // namespace

int runCustomer(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("add|find|edit|show"), CustomerText::tr("What to do."));
    for (const Field& f : fields)
        p.addOption({QLatin1String(f.option), CustomerText::tr(f.help), CustomerText::tr("TEXT")});
    p.addOptions({
        {QStringLiteral("no-email"), CustomerText::tr("The customer has no email.")},
        {QStringLiteral("has-email"), CustomerText::tr("The customer has an email (edit).")},
        {QStringLiteral("debtor"), CustomerText::tr("The debtor the customer is invoiced through."),
         CustomerText::tr("ID")},
        {QStringLiteral("limit"), CustomerText::tr("At most this many (find)."),
         CustomerText::tr("N"), QStringLiteral("50")},
    });
    const QString usage = CustomerText::tr(
        "Usage: skranke-cli --user ME customer add --name N --email E|--no-email --address A "
        "--postcode P --city C --phone T [--address2 A] [--address3 A] [--notes T] "
        "[--invoice-remark T] [--debtor ID]\n"
        "       skranke-cli customer find TEXT [--limit N]\n"
        "       skranke-cli --user ME customer edit ID [the same options] [--has-email]\n"
        "       skranke-cli customer show ID");
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    Database& db = ctx.db();
    if (action == QLatin1String("add") && pos.size() == 1) {
        skranke::Customer c;
        apply(p, c);
        const skranke::Customer created = CustomerService::create(ctx.session(), c);
        ctx.print(toJson(created), [&] { return line(created); });
        return 0;
    }
    if (action == QLatin1String("find") && pos.size() <= 2) {
        bool ok = false;
        const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            throw Error::invalid(QStringLiteral("limit"),
                                 CustomerText::tr("--limit must be a positive number."));
        const auto found = CustomerService::search(db, pos.value(1), limit);
        QJsonArray rows;
        QStringList lines;
        for (const skranke::Customer& c : found) {
            rows.append(toJson(c));
            lines << line(c);
        }
        ctx.print(rows, [&] { return lines.join(QLatin1Char('\n')); });
        return 0;
    }
    if ((action == QLatin1String("edit") || action == QLatin1String("show")) && pos.size() == 2) {
        skranke::Customer c = require(db, pos[1]);
        if (action == QLatin1String("edit")) {
            const std::int64_t debtorBefore = c.debtorId;
            apply(p, c);
            const std::int64_t debtorWanted = c.debtorId;
            c = CustomerService::edit(ctx.session(), c);
            if (debtorWanted != debtorBefore) {
                CustomerService::linkDebtor(ctx.session(), c.id, debtorWanted);
                c = require(db, pos[1]);
            }
        }
        ctx.print(toJson(c), [&] { return line(c); });
        return 0;
    }
    throw UsageError(usage);
}

}  // namespace skranke::cli
