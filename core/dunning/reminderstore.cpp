#include "core/dunning/reminderstore.h"

#include "core/money/currency.h"
#include "core/store/database.h"
#include "core/store/error.h"

#include <string>

namespace skranke {

namespace {

constexpr const char* header =
    "SELECT r.id, r.number, r.debtor_id, "
    "CASE WHEN d.company_name <> '' THEN d.company_name ELSE d.name END, r.level, "
    "r.reminder_date, r.due_date, r.till_ref, r.currency, r.claims_minor, r.fee_minor, "
    "r.compensation_minor, r.interest_minor, r.total_minor, r.language, r.interest_rate, "
    "r.heading, r.body, r.fee_text, r.compensation_text, r.interest_text, r.email_subject, "
    "r.email_body, r.earlier_minor FROM reminder r JOIN debtor d ON d.id = r.debtor_id ";

QDate date(const QString& iso) {
    return QDate::fromString(iso, Qt::ISODate);
}

Reminder readHeader(Statement& st) {
    Reminder r;
    const Currency c = Currency::fromCode(st.text(8));
    r.id = st.int64(0);
    r.number = st.int64(1);
    r.debtorId = st.int64(2);
    r.debtorName = st.text(3);
    r.level = int(st.int64(4));
    r.date = date(st.text(5));
    r.dueDate = date(st.text(6));
    r.tillRef = st.text(7);
    r.claims = Money(st.int64(9), c);
    r.fee = Money(st.int64(10), c);
    r.compensation = Money(st.int64(11), c);
    r.interest = Money(st.int64(12), c);
    r.total = Money(st.int64(13), c);
    r.earlierCharges = Money(st.int64(23), c);
    r.language = st.text(14);
    r.interestRate = st.text(15);
    r.texts = ReminderTexts{st.text(16), st.text(17), st.text(18), st.text(19),
                            st.text(20), st.text(21), st.text(22)};
    return r;
}

}  // namespace

Reminder ReminderStore::load(Database& db, std::int64_t number) {
    auto st = db.prepare(std::string(header) + "WHERE r.number = ?1");
    st.bind(1, number);
    if (!st.step())
        throw Error(ErrorCode::NotFound, tr("There is no reminder %1.").arg(number),
                    QStringLiteral("reminder"));
    Reminder r = readHeader(st);
    auto lines = db.prepare(
        "SELECT i.id, i.number, i.invoice_date, i.due_date, l.open_minor, l.interest_minor "
        "FROM reminder_line l JOIN invoice i ON i.id = l.invoice_id "
        "WHERE l.reminder_id = ?1 ORDER BY i.due_date, i.number");
    lines.bind(1, r.id);
    while (lines.step()) {
        const Currency c = r.total.currency();
        r.lines.push_back(Reminder::Line{lines.int64(0), lines.int64(1), date(lines.text(2)),
                                         date(lines.text(3)), Money(lines.int64(4), c),
                                         Money(lines.int64(5), c)});
    }
    return r;
}

std::vector<Reminder> ReminderStore::list(Database& db, std::int64_t debtorId, int limit) {
    auto st = db.prepare(std::string(header) +
                         "WHERE ?1 = 0 OR r.debtor_id = ?1 ORDER BY r.number DESC LIMIT ?2");
    st.bindAll(debtorId, limit);
    std::vector<Reminder> out;
    while (st.step())
        out.push_back(readHeader(st));
    return out;
}

}  // namespace skranke
