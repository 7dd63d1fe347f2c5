#include "core/dunning/remindertexts.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"

namespace skranke {

namespace {

// Walks `text`, calling onText for literal runs and onName for each
// placeholder. Returns an error message, or empty when the text is well formed.
template <typename OnText, typename OnName>
QString scan(const QString& text, OnText onText, OnName onName) {
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if ((c == u'{' || c == u'}') && i + 1 < text.size() && text.at(i + 1) == c) {
            onText(QString(c));
            i += 2;
        } else if (c == u'{') {
            const qsizetype end = text.indexOf(u'}', i + 1);
            if (end < 0)
                return ReminderTemplate::tr("A \"{\" is not closed with \"}\".");
            onName(text.mid(i + 1, end - i - 1));
            i = end + 1;
        } else if (c == u'}') {
            return ReminderTemplate::tr(
                "A \"}\" has no \"{\" before it; write \"}}\" for a brace.");
        } else {
            qsizetype stop = i;
            while (stop < text.size() && text.at(stop) != u'{' && text.at(stop) != u'}')
                ++stop;
            onText(text.mid(i, stop - i));
            i = stop;
        }
    }
    return {};
}

const char* const fieldNames[] = {"heading",           "body",          "fee_line",
                                  "compensation_line", "interest_line", "email_subject",
                                  "email_body"};

QStringList fields(const ReminderTexts& t) {
    return {t.heading,      t.body,         t.feeLine,  t.compensationLine,
            t.interestLine, t.emailSubject, t.emailBody};
}

void checkLevelAndLanguage(int level, const QString& language) {
    if (level < 1 || level > 3)
        throw Error::invalid(QStringLiteral("level"),
                             ReminderTextStore::tr("The reminder number must be 1, 2 or 3."));
    if (!ReminderTextStore::languages().contains(language))
        throw Error::invalid(QStringLiteral("language"),
                             ReminderTextStore::tr("The language must be da, nb, sv or en, not "
                                                   "\"%1\".")
                                 .arg(language));
}

}  // namespace

QList<std::pair<QString, QString>> ReminderTemplate::placeholders() {
    return {
        {QStringLiteral("debtor.name"), tr("the debtor's name")},
        {QStringLiteral("debtor.number"), tr("the debtor's number")},
        {QStringLiteral("company.name"), tr("your company's name")},
        {QStringLiteral("reminder.number"), tr("the reminder's number")},
        {QStringLiteral("reminder.date"), tr("the reminder's date")},
        {QStringLiteral("level"), tr("the reminder level: 1, 2 or 3")},
        {QStringLiteral("invoices"), tr("the numbers of the invoices reminded")},
        {QStringLiteral("claims"), tr("what the invoices still owe")},
        {QStringLiteral("fee"), tr("the reminder fee")},
        {QStringLiteral("compensation"), tr("the compensation fee")},
        {QStringLiteral("interest"), tr("the interest")},
        {QStringLiteral("interest_rate"), tr("the interest rate in percent a month")},
        {QStringLiteral("total"), tr("everything to pay")},
        {QStringLiteral("due_date"), tr("the date to pay by")},
    };
}

void ReminderTemplate::check(const QString& field, const QString& text) {
    QStringList known;
    for (const auto& [name, what] : placeholders())
        known << name;
    QString unknown;
    const QString error = scan(
        text, [](const QString&) {},
        [&](const QString& name) {
            if (unknown.isEmpty() && !known.contains(name))
                unknown = name;
        });
    if (!error.isEmpty())
        throw Error::invalid(field, error);
    if (!unknown.isEmpty())
        throw Error::invalid(field, tr("There is no placeholder {%1}. Known: %2.")
                                        .arg(unknown, known.join(QStringLiteral(", "))));
}

QString ReminderTemplate::render(const QString& text, const QHash<QString, QString>& values) {
    QString out;
    out.reserve(text.size() + 64);
    scan(
        text, [&](const QString& literal) { out += literal; },
        [&](const QString& name) {
            const auto it = values.find(name);
            out += it != values.end() ? *it : QLatin1Char('{') + name + QLatin1Char('}');
        });
    return out;
}

const QStringList& ReminderTextStore::languages() {
    static const QStringList all{QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv"),
                                 QStringLiteral("en")};
    return all;
}

ReminderTexts ReminderTextStore::load(Database& db, int level, const QString& language) {
    auto st = db.prepare(
        "SELECT heading, body, fee_line, compensation_line, interest_line, email_subject, "
        "email_body FROM reminder_text WHERE level = ?1 AND language = ?2");
    st.bindAll(level, language);
    if (!st.step())
        return defaults(level, language);
    return ReminderTexts{st.text(0), st.text(1), st.text(2), st.text(3),
                         st.text(4), st.text(5), st.text(6)};
}

void ReminderTextStore::save(const Session& session, int level, const QString& language,
                             const ReminderTexts& texts) {
    session.require(rights::DunningRun);
    checkLevelAndLanguage(level, language);
    const QStringList values = fields(texts);
    for (int i = 0; i < values.size(); ++i)
        ReminderTemplate::check(QString::fromLatin1(fieldNames[i]), values[i]);
    if (texts.heading.trimmed().isEmpty())
        throw Error::invalid(QStringLiteral("heading"), tr("The heading is required."));
    Database& db = session.db();
    Transaction tx(db);
    db.prepare(
          "INSERT OR REPLACE INTO reminder_text(level, language, heading, body, fee_line, "
          "compensation_line, interest_line, email_subject, email_body) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .bindAll(level, language, texts.heading, texts.body, texts.feeLine, texts.compensationLine,
                 texts.interestLine, texts.emailSubject, texts.emailBody)
        .run();
    session.journal(QStringLiteral("reminder_text"), {}, QStringLiteral("set"),
                    {{QStringLiteral("level"), level},
                     {QStringLiteral("language"), language},
                     {QStringLiteral("heading"), texts.heading},
                     {QStringLiteral("body"), texts.body}});
    tx.commit();
}

void ReminderTextStore::reset(const Session& session, int level, const QString& language) {
    session.require(rights::DunningRun);
    checkLevelAndLanguage(level, language);
    Database& db = session.db();
    Transaction tx(db);
    db.prepare("DELETE FROM reminder_text WHERE level = ?1 AND language = ?2")
        .bindAll(level, language)
        .run();
    session.journal(QStringLiteral("reminder_text"), {}, QStringLiteral("reset"),
                    {{QStringLiteral("level"), level}, {QStringLiteral("language"), language}});
    tx.commit();
}

}  // namespace skranke
