// The built-in reminder texts. They are written in the debtor's language,
// not the program's, so they are data per language rather than tr() strings;
// a manager edits them on the reminder run page.
#include "core/dunning/remindertexts.h"

namespace skranke {

namespace {

struct Defaults {
    const char* language;
    const char* headings[3];
    const char* bodies[3];
    const char* feeLine;
    const char* compensationLine;
    const char* interestLine;
    const char* emailSubject;
    const char* emailBody;
};

const Defaults table[] = {
    {"da",
     {"Rykker", "2. rykker", "3. og sidste rykker"},
     {"Kære {debtor.name}\n\nIfølge vores bogføring er følgende fakturaer forfaldne: "
      "{invoices}. Måske er betalingen blevet overset. Vi beder dig betale {total} senest "
      "{due_date}.\n\nHar du allerede betalt, kan du se bort fra denne rykker.\n\n"
      "Venlig hilsen\n{company.name}",
      "Kære {debtor.name}\n\nVi har endnu ikke modtaget betaling for fakturaerne {invoices}, "
      "selv om vi tidligere har rykket for betalingen. Vi beder dig betale {total} senest "
      "{due_date}.\n\nVenlig hilsen\n{company.name}",
      "Kære {debtor.name}\n\nTrods tidligere rykkere har vi ikke modtaget betaling for "
      "fakturaerne {invoices}. Er {total} ikke betalt senest {due_date}, sender vi kravet til "
      "inkasso uden yderligere varsel, hvilket medfører yderligere omkostninger.\n\n"
      "Venlig hilsen\n{company.name}"},
     "Rykkergebyr",
     "Kompensation for sen betaling (rentelovens § 9 b)",
     "Morarenter {interest_rate} % pr. måned",
     "Rykker {reminder.number} fra {company.name}",
     "Kære {debtor.name}\n\nVedhæftet finder du rykker {reminder.number} på {total} med "
     "betaling senest {due_date}.\n\nVenlig hilsen\n{company.name}"},
    {"nb",
     {"Purring", "Purring 2", "Inkassovarsel"},
     {"Hei {debtor.name}\n\nVi kan ikke se å ha mottatt betaling for fakturaene {invoices}. "
      "Kanskje betalingen er blitt oversett. Vennligst betal {total} innen {due_date}.\n\n"
      "Har du allerede betalt, kan du se bort fra denne purringen.\n\n"
      "Med vennlig hilsen\n{company.name}",
      "Hei {debtor.name}\n\nVi har fortsatt ikke mottatt betaling for fakturaene {invoices}, "
      "selv om vi har purret tidligere. Vennligst betal {total} innen {due_date}.\n\n"
      "Med vennlig hilsen\n{company.name}",
      "Hei {debtor.name}\n\nTil tross for tidligere purringer har vi ikke mottatt betaling "
      "for fakturaene {invoices}. Er {total} ikke betalt innen {due_date}, blir kravet sendt "
      "til inkasso, noe som medfører ytterligere kostnader.\n\n"
      "Med vennlig hilsen\n{company.name}"},
     "Purregebyr",
     "Kompensasjon for sen betaling",
     "Forsinkelsesrente {interest_rate} % per måned",
     "Purring {reminder.number} fra {company.name}",
     "Hei {debtor.name}\n\nVedlagt finner du purring {reminder.number} på {total} med "
     "betalingsfrist {due_date}.\n\nMed vennlig hilsen\n{company.name}"},
    {"sv",
     {"Betalningspåminnelse", "Andra påminnelsen", "Sista påminnelsen"},
     {"Hej {debtor.name}\n\nEnligt våra noteringar är följande fakturor förfallna: "
      "{invoices}. Kanske har betalningen förbisetts. Vänligen betala {total} senast "
      "{due_date}.\n\nOm du redan har betalat kan du bortse från denna påminnelse.\n\n"
      "Med vänliga hälsningar\n{company.name}",
      "Hej {debtor.name}\n\nVi har ännu inte fått betalt för fakturorna {invoices}, trots vår "
      "tidigare påminnelse. Vänligen betala {total} senast {due_date}.\n\n"
      "Med vänliga hälsningar\n{company.name}",
      "Hej {debtor.name}\n\nTrots tidigare påminnelser har vi inte fått betalt för fakturorna "
      "{invoices}. Är {total} inte betalt senast {due_date} lämnas fordran till inkasso, "
      "vilket medför ytterligare kostnader.\n\nMed vänliga hälsningar\n{company.name}"},
     "Påminnelseavgift",
     "Förseningsersättning",
     "Dröjsmålsränta {interest_rate} % per månad",
     "Påminnelse {reminder.number} från {company.name}",
     "Hej {debtor.name}\n\nBifogat finns påminnelse {reminder.number} på {total} att betala "
     "senast {due_date}.\n\nMed vänliga hälsningar\n{company.name}"},
    {"en",
     {"Reminder", "Second reminder", "Final reminder"},
     {"Dear {debtor.name}\n\nAccording to our records, the following invoices are overdue: "
      "{invoices}. Perhaps the payment has been overlooked. Please pay {total} by "
      "{due_date}.\n\nIf you have already paid, please disregard this reminder.\n\n"
      "Kind regards\n{company.name}",
      "Dear {debtor.name}\n\nWe have still not received payment of invoices {invoices}, "
      "despite our earlier reminder. Please pay {total} by {due_date}.\n\n"
      "Kind regards\n{company.name}",
      "Dear {debtor.name}\n\nDespite earlier reminders we have not received payment of "
      "invoices {invoices}. If {total} has not been paid by {due_date}, the claim will be "
      "passed on for debt collection without further notice, which adds further costs.\n\n"
      "Kind regards\n{company.name}"},
     "Reminder fee",
     "Compensation for late payment",
     "Interest {interest_rate} % per month",
     "Reminder {reminder.number} from {company.name}",
     "Dear {debtor.name}\n\nPlease find attached reminder {reminder.number} for {total}, "
     "due {due_date}.\n\nKind regards\n{company.name}"},
};

}  // namespace

ReminderTexts ReminderTextStore::defaults(int level, const QString& language) {
    const Defaults* d = &table[3];  // English when the language is unknown
    for (const Defaults& candidate : table)
        if (language == QLatin1String(candidate.language))
            d = &candidate;
    const int i = std::clamp(level, 1, 3) - 1;
    return ReminderTexts{QString::fromUtf8(d->headings[i]),  QString::fromUtf8(d->bodies[i]),
                         QString::fromUtf8(d->feeLine),      QString::fromUtf8(d->compensationLine),
                         QString::fromUtf8(d->interestLine), QString::fromUtf8(d->emailSubject),
                         QString::fromUtf8(d->emailBody)};
}

}  // namespace skranke
