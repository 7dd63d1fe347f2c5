#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace skranke {

class Database;
class Session;

// How this installation reaches its mail server.
struct SmtpSettings {
    enum class Security {
        None,      // plain SMTP; only for a server on the local network
        StartTls,  // SMTP upgraded with STARTTLS, which the server must offer (port 587)
        Tls,       // SMTP inside TLS from the first byte, "smtps" (port 465)
    };
    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user;  // empty: the server takes mail without logging in
    QString password;
    QString fromAddress;
    QString fromName;
    int attempts = 3;  // tries per delivery when the server or network fails for a while
    int retryDelayMs = 2000;
};

// The SMTP settings, kept in the setting table under "mail.smtp.*".
//
// The password is stored as typed, in clear text: the database is the till's
// local file, readable by whoever can read the file anyway, and the SMTP login
// must be replayed to the server, so hashing is impossible. Use a password
// made for this till (an app password) and protect the file and its backups.
class MailSettings final {
    Q_DECLARE_TR_FUNCTIONS(skranke::MailSettings)
public:
    static SmtpSettings load(Database& db);
    // True when there is a server and a sender address to send with.
    static bool configured(Database& db);
    // Throws InvalidInput naming the first wrong field.
    static void validate(const SmtpSettings& settings);
    // Needs the settings.edit right; validates, writes and journals in one transaction.
    static void save(const Session& session, const SmtpSettings& settings);

    // "none", "starttls", "tls": the stored and command-line names.
    static QString securityName(SmtpSettings::Security security);
    static std::optional<SmtpSettings::Security> parseSecurity(const QString& name);
};

}  // namespace skranke
