#include "core/dunning/reminderrun.h"

#include "core/auth/rights.h"
#include "core/auth/session.h"
#include "core/company/companyservice.h"
#include "core/dunning/dunninglaw.h"
#include "core/dunning/reminderwording.h"
#include "core/i18n/language.h"
#include "core/invoicing/invoicestore.h"
#include "core/ledger/ledgerwriter.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/time/clock.h"
#include "core/time/dates.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace skranke {

namespace {

// Open invoices due by the cutoff, with what earlier reminders did to them.
constexpr const char* openClaims =
    "SELECT p.debtor_id, CASE WHEN d.company_name <> '' THEN d.company_name ELSE d.name END, "
    "d.business, i.id, i.number, p.due_date, o.open_minor, i.fees_allowed, "
    "(SELECT count(*) FROM reminder_line rl WHERE rl.invoice_id = i.id), "
    "(SELECT count(*) FROM reminder_line rl WHERE rl.invoice_id = i.id AND rl.fee_bearing = 1), "
    "(SELECT max(r.reminder_date) FROM reminder_line rl JOIN reminder r ON r.id = rl.reminder_id "
    " WHERE rl.invoice_id = i.id), "
    "(SELECT count(*) FROM reminder_line rl JOIN reminder r ON r.id = rl.reminder_id "
    " WHERE rl.invoice_id = i.id AND r.compensation_minor > 0), d.language, d.email, "
    "(SELECT max(r.reminder_date) FROM reminder_line rl JOIN reminder r ON r.id = rl.reminder_id "
    " WHERE rl.invoice_id = i.id AND rl.interest_minor > 0) "
    "FROM posting_open o JOIN posting p ON p.id = o.posting_id "
    "JOIN invoice i ON i.id = p.invoice_id JOIN debtor d ON d.id = p.debtor_id "
    "WHERE o.open_minor > 0 AND p.kind = 'invoice' AND p.due_date <= ?1 "
    "AND (?2 = 0 OR p.debtor_id >= ?2) AND (?3 = 0 OR p.debtor_id <= ?3) "
    "AND (?4 = '' OR i.till_ref = ?4) ORDER BY p.debtor_id, p.due_date, i.number";

// Fees, compensation and interest of earlier reminders the debtor still owes.
constexpr const char* earlierCharges =
    "SELECT coalesce(sum(o.open_minor), 0) "
    "FROM posting_open o JOIN posting p ON p.id = o.posting_id "
    "WHERE o.debtor_id = ?1 AND p.kind IN ('reminder_fee', 'compensation', 'interest') "
    "AND o.open_minor > 0 AND o.open_minor <> 0";  // <> 0: the partial index's own term

}  // namespace

void ReminderRun::validate(Database& db, const Params& p) {
    const DunningLaw law = DunningLaw::forCountry(CompanyService::require(db).country);
    if (p.level < 1 || p.level > 3)
        throw Error::invalid(QStringLiteral("level"), tr("The reminder number must be 1, 2 or 3."));
    if (!p.runDate.isValid())
        throw Error::invalid(QStringLiteral("date"), tr("The reminder date is required."));
    if (!p.toDate.isValid())
        throw Error::invalid(QStringLiteral("to_date"), tr("The to date is required."));
    if (p.toDate > p.runDate)
        throw Error::invalid(QStringLiteral("to_date"),
                             tr("The to date cannot be after the reminder date: only invoices "
                                "already due can be reminded."));
    if (p.respiteDays < 0)
        throw Error::invalid(QStringLiteral("respite"), tr("The respite cannot be negative."));
    if (p.termsDays < 10)
        throw Error::invalid(QStringLiteral("terms_days"),
                             tr("A reminder must give at least 10 days to pay."));
    if (p.minBalance.isNegative() || p.minInterest.isNegative())
        throw Error::invalid(QStringLiteral("min_balance"),
                             tr("Minimum amounts cannot be negative."));
    DunningRules::checkParameters(law, p.fee, p.interestPerMonth, p.referenceRatePerYear);
    if (p.postTill.size() > 40)
        throw Error::invalid(QStringLiteral("post_till"),
                             tr("A till's name has at most 40 characters."));
    ReminderTemplate::check(QStringLiteral("email_subject"), p.emailSubject);
    ReminderTemplate::check(QStringLiteral("email_body"), p.emailBody);
    if (!p.tillRef.isEmpty()) {
        auto till = db.prepare("SELECT 1 FROM invoice WHERE till_ref = ?1 LIMIT 1");
        till.bind(1, p.tillRef);
        if (!till.step())
            throw Error::invalid(QStringLiteral("till"),
                                 tr("There is no till \"%1\".").arg(p.tillRef));
    }
}

std::vector<ReminderRun::Proposal> ReminderRun::preview(Database& db, const Params& p) {
    validate(db, p);
    const QString country = CompanyService::require(db).country;
    const DunningLaw law = DunningLaw::forCountry(country);
    const Currency c = p.fee.currency();
    auto st = db.prepare(openClaims);
    st.bindAll(Dates::iso(p.toDate.addDays(-p.respiteDays)), p.debtorFrom, p.debtorTo, p.tillRef);
    std::vector<Proposal> out;
    bool compensationFree = false;  // some claim of the current debtor has had none yet
    auto finish = [&] {
        if (out.empty())
            return;
        Proposal& d = out.back();
        if (d.claims.empty() || d.claimsTotal < p.minBalance) {
            out.pop_back();
            return;
        }
        const bool anyFee = std::any_of(d.claims.begin(), d.claims.end(),
                                        [](const Claim& cl) { return cl.feeBearing; });
        d.fee = anyFee ? p.fee : Money::zero(c);
        DunningRules::ClaimHistory h;
        h.compensationCharged = !compensationFree;
        d.compensation = p.compensation && DunningRules::compensationDue(law, h, d.business)
                             ? law.compensation
                             : Money::zero(c);
        if (d.interest < p.minInterest) {
            d.interest = Money::zero(c);
            for (Claim& cl : d.claims)
                cl.interest = Money::zero(c);
        }
        auto earlier = db.prepare(earlierCharges);
        earlier.bind(1, d.debtorId);
        earlier.step();
        d.earlierCharges = Money(earlier.int64(0), c);
        d.total = d.claimsTotal + d.earlierCharges + d.fee + d.compensation + d.interest;
    };
    while (st.step()) {
        const std::int64_t debtor = st.int64(0);
        if (st.int64(8) != p.level - 1)
            continue;  // this invoice is at another level
        DunningRules::ClaimHistory h;
        h.feeReminders = int(st.int64(9));
        h.lastReminder = st.isNull(10) ? QDate() : QDate::fromString(st.text(10), Qt::ISODate);
        h.compensationCharged = st.int64(11) > 0;
        if (h.lastReminder.isValid() && h.lastReminder.daysTo(p.runDate) < law.minDaysBetween)
            continue;  // reminded too recently
        if (out.empty() || out.back().debtorId != debtor) {
            finish();
            Proposal d;
            d.debtorId = debtor;
            d.name = st.text(1);
            d.business = st.int64(2) != 0;
            d.language = documentLanguage(st.text(12), country);
            d.email = st.text(13);
            d.claimsTotal = d.earlierCharges = d.fee = d.compensation = d.interest = d.total =
                Money::zero(c);
            out.push_back(d);
            compensationFree = false;
        }
        Claim cl;
        cl.invoiceId = st.int64(3);
        cl.number = st.int64(4);
        cl.dueDate = QDate::fromString(st.text(5), Qt::ISODate);
        cl.open = Money(st.int64(6), c);
        cl.noFeeReason = DunningRules::refusal(law, h, st.int64(7) != 0, p.runDate);
        cl.feeBearing = cl.noFeeReason.isEmpty() && p.fee.isPositive();
        // Interest runs from the due date, or from the last reminder that
        // already charged it, so no day is charged twice.
        const QDate interestFrom =
            st.isNull(14) ? cl.dueDate
                          : std::max(cl.dueDate, QDate::fromString(st.text(14), Qt::ISODate));
        cl.interest = InterestCalculator::interest(cl.open, p.interestPerMonth, p.interestMode,
                                                   interestFrom, p.runDate);
        compensationFree |= !h.compensationCharged;
        Proposal& d = out.back();
        d.claimsTotal += cl.open;
        d.interest += cl.interest;
        d.claims.push_back(cl);
    }
    finish();
    return out;
}

std::vector<std::int64_t> ReminderRun::create(const Session& session, const Params& p,
                                              const std::vector<std::int64_t>& debtorIds) {
    session.require(rights::DunningRun);
    Database& db = session.db();
    Transaction tx(db);
    const ReminderWording wording(db, p);
    std::vector<std::int64_t> numbers;
    for (const Proposal& d : preview(db, p)) {
        if (!debtorIds.empty() &&
            std::find(debtorIds.begin(), debtorIds.end(), d.debtorId) == debtorIds.end())
            continue;
        const std::int64_t number = InvoiceStore::takeNumber(db, QStringLiteral("reminder"));
        const QByteArray uid = Uuid::v7(session.clock().nowMs());
        const QDate due = p.runDate.addDays(p.termsDays);
        const ReminderTexts t = wording.render(d, number, due);
        db.prepare(
              "INSERT INTO reminder(uid, number, debtor_id, level, reminder_date, due_date, "
              "till_ref, currency, claims_minor, fee_minor, compensation_minor, "
              "interest_minor, total_minor, created_ms, language, heading, body, fee_text, "
              "compensation_text, interest_text, email_subject, email_body, interest_rate, "
              "earlier_minor) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
              "?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)")
            .bindAll(uid, number, d.debtorId, p.level, Dates::iso(p.runDate), Dates::iso(due),
                     p.postTill, d.total.currency().code(), d.claimsTotal.minor(), d.fee.minor(),
                     d.compensation.minor(), d.interest.minor(), d.total.minor(),
                     session.clock().nowMs(), d.language, t.heading, t.body, t.feeLine,
                     t.compensationLine, t.interestLine, t.emailSubject, t.emailBody,
                     p.interestPerMonth.toPercentString(), d.earlierCharges.minor())
            .run();
        const std::int64_t reminderId = db.lastInsertId();
        QJsonArray invoices;
        for (const Claim& cl : d.claims) {
            db.prepare(
                  "INSERT INTO reminder_line(reminder_id, invoice_id, open_minor, "
                  "interest_minor, fee_bearing) VALUES (?1, ?2, ?3, ?4, ?5)")
                .bindAll(reminderId, cl.invoiceId, cl.open.minor(), cl.interest.minor(),
                         cl.feeBearing && d.fee.isPositive())
                .run();
            invoices.append(qint64(cl.number));
        }
        const std::pair<PostingKind, Money> charges[] = {
            {PostingKind::ReminderFee, d.fee},
            {PostingKind::Compensation, d.compensation},
            {PostingKind::Interest, d.interest}};
        for (const auto& [kind, amount] : charges) {
            if (amount.isZero())
                continue;
            Posting post;
            post.debtorId = d.debtorId;
            post.kind = kind;
            post.date = p.runDate;
            post.dueDate = due;
            post.amount = amount;
            post.docNumber = number;
            post.text = tr("Reminder %1: %2").arg(number).arg(postingKindName(kind));
            LedgerWriter::add(session, post);
        }
        session.journal(QStringLiteral("reminder"), uid, QStringLiteral("create"),
                        {{QStringLiteral("number"), qint64(number)},
                         {QStringLiteral("debtor"), qint64(d.debtorId)},
                         {QStringLiteral("level"), p.level},
                         {QStringLiteral("invoices"), invoices},
                         {QStringLiteral("fee"), d.fee.toDecimalString()},
                         {QStringLiteral("compensation"), d.compensation.toDecimalString()},
                         {QStringLiteral("interest"), d.interest.toDecimalString()},
                         {QStringLiteral("total"), d.total.toDecimalString()}});
        numbers.push_back(number);
    }
    tx.commit();
    return numbers;
}

}  // namespace skranke
