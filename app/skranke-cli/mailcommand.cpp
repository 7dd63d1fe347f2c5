#include "app/skranke-cli/clicontext.h"
#include "app/skranke-cli/commands.h"
#include "app/skranke-cli/usageerror.h"
#include "core/mail/outbox.h"
#include "core/mail/smtpsender.h"
#include "core/mail/smtpsettings.h"
#include "core/store/error.h"

#include <QJsonArray>
#include <QJsonObject>

namespace skranke::cli {

namespace {

class MailText {
    Q_DECLARE_TR_FUNCTIONS(skranke::cli::Mail)
};

const QString maskedPassword = QStringLiteral("********");

int number(const QCommandLineParser& p, const char* option, const char* field) {
    bool ok = false;
    const QString text = p.value(QLatin1String(option));
    const int n = text.toInt(&ok);
    if (!ok)
        throw Error::invalid(
            QLatin1String(field),
            MailText::tr("--%1 must be a number, not \"%2\".").arg(QLatin1String(option), text));
    return n;
}

QString isoTime(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

void showSettings(CliContext& ctx) {
    const SmtpSettings s = MailSettings::load(ctx.db());
    // The password never leaves the database through the CLI: output ends
    // up in terminals, logs and support tickets.
    const QString password = s.password.isEmpty() ? QString() : maskedPassword;
    const bool configured = MailSettings::configured(ctx.db());
    const std::pair<const char*, QJsonValue> rows[] = {
        {"host", s.host},
        {"port", s.port},
        {"security", MailSettings::securityName(s.security)},
        {"user", s.user},
        {"password", password},
        {"from_address", s.fromAddress},
        {"from_name", s.fromName},
        {"attempts", s.attempts},
        {"retry_delay_ms", s.retryDelayMs},
    };
    QJsonObject out{{QStringLiteral("configured"), configured}};
    QStringList lines;
    for (const auto& [key, value] : rows) {
        out.insert(QLatin1String(key), value);
        lines << QStringLiteral("%1 %2")
                     .arg(QLatin1String(key) + QLatin1Char(':'), -16)
                     .arg(value.isDouble() ? QString::number(value.toInt()) : value.toString());
    }
    if (!configured)
        lines << MailText::tr("Email is not set up: a server and a sender address are needed.");
    ctx.print(out, [&] { return lines.join(QLatin1Char('\n')); });
}

int settings(CliContext& ctx, const QCommandLineParser& p) {
    SmtpSettings s = MailSettings::load(ctx.db());
    bool any = false;
    const auto take = [&](const char* option, QString& target) {
        if (p.isSet(QLatin1String(option))) {
            target = p.value(QLatin1String(option));
            any = true;
        }
    };
    take("host", s.host);
    take("user", s.user);
    take("password", s.password);
    take("from", s.fromAddress);
    take("from-name", s.fromName);
    if (p.isSet(QStringLiteral("port"))) {
        s.port = number(p, "port", "port");
        any = true;
    }
    if (p.isSet(QStringLiteral("attempts"))) {
        s.attempts = number(p, "attempts", "attempts");
        any = true;
    }
    if (p.isSet(QStringLiteral("retry-delay-ms"))) {
        s.retryDelayMs = number(p, "retry-delay-ms", "retry_delay_ms");
        any = true;
    }
    if (p.isSet(QStringLiteral("security"))) {
        const QString name = p.value(QStringLiteral("security"));
        const auto security = MailSettings::parseSecurity(name);
        if (!security)
            throw Error::invalid(
                QStringLiteral("security"),
                MailText::tr("--security is none, starttls or tls, not \"%1\".").arg(name));
        s.security = *security;
        any = true;
    }
    if (any)
        MailSettings::save(ctx.session(), s);
    showSettings(ctx);
    return 0;
}

QJsonObject toJson(const Outbox::Entry& e) {
    return {{QStringLiteral("id"), qint64(e.id)},
            {QStringLiteral("created"), isoTime(e.createdMs)},
            {QStringLiteral("to"), e.to},
            {QStringLiteral("subject"), e.subject},
            {QStringLiteral("related_kind"), e.relatedKind},
            {QStringLiteral("related_id"), qint64(e.relatedId)},
            {QStringLiteral("status"), e.status},
            {QStringLiteral("attempts"), e.attempts},
            {QStringLiteral("last_error"), e.lastError},
            {QStringLiteral("sent"), e.sentMs ? QJsonValue(isoTime(*e.sentMs)) : QJsonValue()}};
}

int outbox(CliContext& ctx, const QCommandLineParser& p) {
    const QString status = p.value(QStringLiteral("status"));
    if (!status.isEmpty() &&
        !QStringList{QStringLiteral("queued"), QStringLiteral("sent"), QStringLiteral("failed")}
             .contains(status))
        throw Error::invalid(
            QStringLiteral("status"),
            MailText::tr("--status is queued, sent or failed, not \"%1\".").arg(status));
    QJsonArray rows;
    QStringList lines;
    for (const Outbox::Entry& e : Outbox::list(ctx.db(), status)) {
        rows.append(toJson(e));
        lines << QStringLiteral("%1  %2 %3 %4 %5  %6")
                     .arg(e.id, 5)
                     .arg(e.status, -7)
                     .arg(e.attempts, 2)
                     .arg(isoTime(e.createdMs), -20)
                     .arg(e.to, -30)
                     .arg(e.subject);
    }
    ctx.print(rows, [&] {
        return lines.isEmpty() ? MailText::tr("The outbox is empty.")
                               : lines.join(QLatin1Char('\n'));
    });
    return 0;
}

int send(CliContext& ctx, const QCommandLineParser& p) {
    ctx.session();  // sending is an action taken by a known user
    if (!MailSettings::configured(ctx.db()))
        throw Error(ErrorCode::Conflict,
                    MailText::tr("Email is not set up: give the server and sender first with "
                                 "\"skranke-cli mail settings --host H --from ADDRESS\"."));
    SmtpSender sender(MailSettings::load(ctx.db()), ctx.clock());
    const auto done = Outbox::deliverPending(ctx.db(), sender, ctx.clock().now(),
                                             p.isSet(QStringLiteral("retry-failed")));
    QJsonArray rows;
    QStringList lines;
    int failed = 0;
    for (const Outbox::Entry& e : done) {
        rows.append(toJson(e));
        const bool sent = e.status == QLatin1String("sent");
        failed += sent ? 0 : 1;
        lines << (sent ? MailText::tr("%1 to %2: sent").arg(e.id).arg(e.to)
                       : MailText::tr("%1 to %2: failed: %3").arg(e.id).arg(e.to, e.lastError));
    }
    ctx.print(rows, [&] {
        if (done.empty())
            return MailText::tr("No mail is waiting.");
        lines << MailText::tr("%1 sent, %2 failed.").arg(done.size() - failed).arg(failed);
        return lines.join(QLatin1Char('\n'));
    });
    return failed == 0 ? 0 : 1;
}

}  // namespace

int runMail(CliContext& ctx, const QStringList& args) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("settings|outbox|send"), MailText::tr("What to do."));
    p.addOptions({
        {QStringLiteral("host"), MailText::tr("The SMTP server."), MailText::tr("HOST")},
        {QStringLiteral("port"), MailText::tr("The server's port (587, 465, 25)."),
         MailText::tr("N")},
        {QStringLiteral("security"), MailText::tr("none, starttls or tls."), MailText::tr("MODE")},
        {QStringLiteral("user"), MailText::tr("The login at the server."), MailText::tr("USER")},
        {QStringLiteral("password"), MailText::tr("The password at the server (stored as is)."),
         MailText::tr("PASSWORD")},
        {QStringLiteral("from"), MailText::tr("The sender address."), MailText::tr("ADDRESS")},
        {QStringLiteral("from-name"), MailText::tr("The sender name."), MailText::tr("NAME")},
        {QStringLiteral("attempts"), MailText::tr("Tries per message (1-10)."), MailText::tr("N")},
        {QStringLiteral("retry-delay-ms"), MailText::tr("Pause between tries."),
         MailText::tr("MS")},
        {QStringLiteral("status"), MailText::tr("Only entries with this status (outbox)."),
         MailText::tr("STATUS")},
        {QStringLiteral("retry-failed"), MailText::tr("Also try failed mail again (send).")},
    });
    const QString usage = MailText::tr(
        "Usage: skranke-cli mail settings\n"
        "       skranke-cli --user ME mail settings [--host H] [--port N] "
        "[--security none|starttls|tls] [--user U] [--password P] [--from ADDRESS] "
        "[--from-name NAME] [--attempts N] [--retry-delay-ms MS]\n"
        "       skranke-cli mail outbox [--status queued|sent|failed]\n"
        "       skranke-cli --user ME mail send [--retry-failed]");
    if (!ctx.parse(p, args, usage))
        return 0;
    const QStringList pos = p.positionalArguments();
    if (pos == QStringList{QStringLiteral("settings")})
        return settings(ctx, p);
    if (pos == QStringList{QStringLiteral("outbox")})
        return outbox(ctx, p);
    if (pos == QStringList{QStringLiteral("send")})
        return send(ctx, p);
    throw UsageError(usage);
}

}  // namespace skranke::cli
