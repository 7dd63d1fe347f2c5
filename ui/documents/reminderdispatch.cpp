#include "ui/documents/reminderdispatch.h"

#include "core/auth/session.h"
#include "core/mail/mailmessage.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/time/clock.h"
#include "ui/documents/reminderdocument.h"

#include <QDir>
#include <QTimeZone>

namespace skranke {

namespace {

QDateTime localNow(const Session& session, const QString& timeZone) {
    return QDateTime::fromMSecsSinceEpoch(session.clock().nowMs(), QTimeZone(timeZone.toUtf8()));
}

}  // namespace

ReminderDispatch::Created ReminderDispatch::create(const Session& session,
                                                   const ReminderRun::Params& params,
                                                   const std::vector<std::int64_t>& debtorIds,
                                                   bool email) {
    Database& db = session.db();
    Transaction tx(db);
    Created out;
    out.numbers = ReminderRun::create(session, params, debtorIds);
    if (email) {
        for (std::int64_t number : out.numbers) {
            const ReminderDocument::Data data = ReminderDocument::load(db, number);
            if (data.debtor.email.trimmed().isEmpty()) {
                out.withoutEmail.push_back(number);
                continue;
            }
            MailMessage m;
            m.fromName = data.company.name;
            m.to = data.debtor.email.trimmed();
            m.toName = data.debtor.displayName();
            m.subject = data.reminder.texts.emailSubject;
            m.body = data.reminder.texts.emailBody;
            m.attachments.push_back(MailAttachment{ReminderDocument::fileName(number),
                                                   QByteArrayLiteral("application/pdf"),
                                                   ReminderDocument(data).pdf()});
            out.mailIds.push_back(Outbox::enqueue(db, m, localNow(session, data.company.timeZone),
                                                  QStringLiteral("reminder"), data.reminder.id));
        }
    }
    tx.commit();
    return out;
}

QString ReminderDispatch::writePdfs(Database& db, const std::vector<std::int64_t>& numbers,
                                    const QString& dir, QStringList* written) {
    if (numbers.empty())
        return {};
    if (!QDir(dir).exists())
        throw Error::invalid(
            QStringLiteral("pdf_dir"),
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(dir)));
    std::vector<ReminderDocument::Data> all;
    all.reserve(numbers.size());
    for (std::int64_t number : numbers) {
        all.push_back(ReminderDocument::load(db, number));
        const QString path = QDir(dir).filePath(ReminderDocument::fileName(number));
        ReminderDocument(all.back()).writePdf(path);
        if (written)
            *written << path;
    }
    const QString merged = QDir(dir).filePath(
        QStringLiteral("reminders-%1-%2.pdf").arg(numbers.front()).arg(numbers.back()));
    ReminderDocument::writeMergedPdf(all, merged);
    if (written)
        *written << merged;
    return merged;
}

}  // namespace skranke
