#pragma once

#include "core/dunning/interestcalculator.h"
#include "core/money/money.h"
#include "core/money/rate.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <vector>

namespace skranke {

class Database;
class Session;

// A reminder run: which debtors get a reminder of a level, with what fee,
// compensation and interest — previewed, then created and posted.
class ReminderRun final {
    Q_DECLARE_TR_FUNCTIONS(skranke::ReminderRun)
public:
    struct Params {
        int level = 1;  // 1, 2 or 3
        std::int64_t debtorFrom = 0;
        std::int64_t debtorTo = 0;
        QDate toDate;         // invoices due up to and including it …
        int respiteDays = 0;  // … less this many days
        QString tillRef;      // empty: all tills
        QString postTill;     // the till the reminders are posted in; empty: none
        QDate runDate;        // the reminder's date
        int termsDays = 10;   // the reminder's own payment term, at least 10
        Money minBalance;     // debtors owing less are left out
        Money fee;
        bool compensation = false;  // business debtors only, once per claim
        Rate interestPerMonth;
        InterestCalculator::Mode interestMode = InterestCalculator::Mode::StartedMonth;
        Money minInterest;  // below it, no interest line
        Rate referenceRatePerYear;
        // This run's email text instead of the stored one, when not empty
        // (templates with placeholders, in every debtor's language).
        QString emailSubject;
        QString emailBody;
    };
    struct Claim {
        std::int64_t invoiceId = 0;
        std::int64_t number = 0;
        QDate dueDate;
        Money open;
        Money interest;
        bool feeBearing = false;
        QString noFeeReason;
    };
    struct Proposal {
        std::int64_t debtorId = 0;
        QString name;
        QString language;  // the reminder's: the debtor's, else the company's
        QString email;     // empty: the reminder goes on paper
        bool business = false;
        std::vector<Claim> claims;
        Money claimsTotal;
        Money earlierCharges;  // unpaid fees and interest of earlier reminders
        Money fee;
        Money compensation;
        Money interest;
        Money total;
    };

    // Throws Error::invalid naming the parameter when it is wrong or unlawful.
    static void validate(Database& db, const Params& params);
    static std::vector<Proposal> preview(Database& db, const Params& params);
    // Creates numbered reminders for the given debtors (all proposals when
    // empty) with their texts rendered in each debtor's language, and posts
    // their fees and interest. Returns the reminder numbers.
    static std::vector<std::int64_t> create(const Session& session, const Params& params,
                                            const std::vector<std::int64_t>& debtorIds);
};

}  // namespace skranke
