#include "core/mail/smtpsettings.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/company/identifiers.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/store/transaction.h"

#include <QJsonObject>

namespace skranke {

namespace {

const QString hostKey = QStringLiteral("mail.smtp.host");
const QString portKey = QStringLiteral("mail.smtp.port");
const QString securityKey = QStringLiteral("mail.smtp.security");
const QString userKey = QStringLiteral("mail.smtp.user");
const QString passwordKey = QStringLiteral("mail.smtp.password");
const QString fromAddressKey = QStringLiteral("mail.smtp.from_address");
const QString fromNameKey = QStringLiteral("mail.smtp.from_name");
const QString attemptsKey = QStringLiteral("mail.smtp.attempts");
const QString retryDelayKey = QStringLiteral("mail.smtp.retry_delay_ms");

int intValue(Database& db, const QString& key, int fallback) {
    bool ok = false;
    const int v = Settings::value(db, key).toInt(&ok);
    return ok ? v : fallback;
}

// A line break in a header value would let it write headers of its own.
bool hasLineBreak(const QString& text) {
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
}

}  // namespace

QString MailSettings::securityName(SmtpSettings::Security security) {
    switch (security) {
        case SmtpSettings::Security::None:
            return QStringLiteral("none");
        case SmtpSettings::Security::StartTls:
            return QStringLiteral("starttls");
        case SmtpSettings::Security::Tls:
            return QStringLiteral("tls");
    }
    return QStringLiteral("starttls");
}

std::optional<SmtpSettings::Security> MailSettings::parseSecurity(const QString& name) {
    for (auto s : {SmtpSettings::Security::None, SmtpSettings::Security::StartTls,
                   SmtpSettings::Security::Tls})
        if (name.trimmed().compare(securityName(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

SmtpSettings MailSettings::load(Database& db) {
    SmtpSettings s;
    s.host = Settings::value(db, hostKey);
    s.port = intValue(db, portKey, s.port);
    s.security = parseSecurity(Settings::value(db, securityKey)).value_or(s.security);
    s.user = Settings::value(db, userKey);
    s.password = Settings::value(db, passwordKey);
    s.fromAddress = Settings::value(db, fromAddressKey);
    s.fromName = Settings::value(db, fromNameKey);
    s.attempts = intValue(db, attemptsKey, s.attempts);
    s.retryDelayMs = intValue(db, retryDelayKey, s.retryDelayMs);
    return s;
}

bool MailSettings::configured(Database& db) {
    const SmtpSettings s = load(db);
    return !s.host.isEmpty() && !s.fromAddress.isEmpty();
}

void MailSettings::validate(const SmtpSettings& s) {
    const QString host = s.host.trimmed();
    if (host.isEmpty())
        throw Error::invalid(QStringLiteral("host"), tr("The mail server (host) is missing."));
    if (host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('/')) || hasLineBreak(host))
        throw Error::invalid(QStringLiteral("host"),
                             tr("\"%1\" is not a server name or address.").arg(s.host));
    if (s.port < 1 || s.port > 65535)
        throw Error::invalid(QStringLiteral("port"),
                             tr("The port must be between 1 and 65535, not %1.").arg(s.port));
    if (hasLineBreak(s.user))
        throw Error::invalid(QStringLiteral("user"), tr("The user name must be on one line."));
    if (hasLineBreak(s.password))
        throw Error::invalid(QStringLiteral("password"), tr("The password must be on one line."));
    if (!Identifiers::isEmail(s.fromAddress.trimmed()))
        throw Error::invalid(
            QStringLiteral("from_address"),
            tr("The sender address \"%1\" is not an email address.").arg(s.fromAddress));
    if (hasLineBreak(s.fromName))
        throw Error::invalid(QStringLiteral("from_name"),
                             tr("The sender name must be on one line."));
    if (s.attempts < 1 || s.attempts > 10)
        throw Error::invalid(
            QStringLiteral("attempts"),
            tr("Tries per message must be between 1 and 10, not %1.").arg(s.attempts));
    if (s.retryDelayMs < 0 || s.retryDelayMs > 60'000)
        throw Error::invalid(QStringLiteral("retry_delay_ms"),
                             tr("The pause between tries must be between 0 and 60000 ms, not %1.")
                                 .arg(s.retryDelayMs));
}

void MailSettings::save(const Session& session, const SmtpSettings& settings) {
    session.require(rights::SettingsEdit);
    validate(settings);
    Database& db = session.db();
    Transaction tx(db);
    Settings::set(db, hostKey, settings.host.trimmed());
    Settings::set(db, portKey, QString::number(settings.port));
    Settings::set(db, securityKey, securityName(settings.security));
    Settings::set(db, userKey, settings.user);
    Settings::set(db, passwordKey, settings.password);
    Settings::set(db, fromAddressKey, settings.fromAddress.trimmed());
    Settings::set(db, fromNameKey, settings.fromName.trimmed());
    Settings::set(db, attemptsKey, QString::number(settings.attempts));
    Settings::set(db, retryDelayKey, QString::number(settings.retryDelayMs));
    // The journal is readable by every manager and is never erased: it says
    // that a password was set, never what it is.
    const QJsonObject value{{QStringLiteral("host"), settings.host.trimmed()},
                            {QStringLiteral("port"), settings.port},
                            {QStringLiteral("security"), securityName(settings.security)},
                            {QStringLiteral("user"), settings.user},
                            {QStringLiteral("password_set"), !settings.password.isEmpty()},
                            {QStringLiteral("from_address"), settings.fromAddress.trimmed()},
                            {QStringLiteral("from_name"), settings.fromName.trimmed()},
                            {QStringLiteral("attempts"), settings.attempts},
                            {QStringLiteral("retry_delay_ms"), settings.retryDelayMs}};
    session.journal(
        QStringLiteral("setting"), {}, QStringLiteral("set"),
        {{QStringLiteral("key"), QStringLiteral("mail.smtp")}, {QStringLiteral("value"), value}});
    tx.commit();
}

}  // namespace skranke
