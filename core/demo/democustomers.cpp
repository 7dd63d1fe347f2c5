#include "core/demo/democustomers.h"

#include "core/auth/session.h"
#include "core/parties/customerservice.h"
#include "core/parties/debtorservice.h"

#include <array>
#include <random>

namespace skranke {

namespace {

const std::array firstNames{"Anna",   "Birgitte", "Carl",   "Ditte", "Emil",  "Frida",
                            "Henrik", "Ida",      "Jakob",  "Line",  "Mads",  "Nanna",
                            "Oskar",  "Sofie",    "Thomas", "Ulla",  "Viggo", "Åse"};
const std::array lastNames{"Østergaard", "Holm",    "Bach",     "Lund",       "Kjær",
                           "Dahl",       "Berg",    "Friis",    "Møller",     "Skov",
                           "Thomsen",    "Winther", "Ærenlund", "Vestergaard"};
const std::array streets{"Havnevej",    "Søndergade",  "Klitvej",
                         "Strandvejen", "Kirkestræde", "Fyrvej"};
const std::array towns{std::pair{"9990", "Skagen"},   std::pair{"9900", "Frederikshavn"},
                       std::pair{"8000", "Aarhus C"}, std::pair{"2100", "København Ø"},
                       std::pair{"5000", "Odense C"}, std::pair{"0150", "Oslo"},
                       std::pair{"41101", "Göteborg"}};
const std::array notes{"",
                       "",
                       "",
                       "Kommer hvert år i uge 29.",
                       "Allergi: nødder.",
                       "Ønsker hytte tæt på stranden.",
                       "Har hund med.",
                       "Stamgæst — giv kaffe."};

template <typename A>
const auto& pick(const A& a, std::mt19937_64& rng) {
    return a[rng() % a.size()];
}

}  // namespace

void DemoCustomers::build(const Session& owner, std::uint64_t seed, int guests) {
    std::mt19937_64 rng(seed);
    // The people behind the private debtors book through them.
    for (const Debtor& d : DebtorService::search(owner.db(), QString(), 100000)) {
        if (!d.companyName.isEmpty())
            continue;
        Customer c;
        c.name = d.name;
        c.email = d.email;
        c.noEmail = d.email.isEmpty();
        c.addressLine1 = d.addressLine1.isEmpty() ? QStringLiteral("-") : d.addressLine1;
        c.postcode = d.postcode.isEmpty() ? QStringLiteral("-") : d.postcode;
        c.city = d.city.isEmpty() ? QStringLiteral("-") : d.city;
        c.phone = d.phone.isEmpty() ? QStringLiteral("-") : d.phone;
        c.debtorId = d.id;
        CustomerService::create(owner, c);
    }
    for (int i = 0; i < guests; ++i) {
        Customer c;
        c.name = QStringLiteral("%1 %2").arg(QString::fromUtf8(pick(firstNames, rng)),
                                             QString::fromUtf8(pick(lastNames, rng)));
        const auto& [postcode, city] = pick(towns, rng);
        c.addressLine1 =
            QStringLiteral("%1 %2").arg(QString::fromUtf8(pick(streets, rng))).arg(1 + rng() % 80);
        if (i % 7 == 3)
            c.addressLine2 = QStringLiteral("c/o %1").arg(QString::fromUtf8(pick(lastNames, rng)));
        c.postcode = QString::fromUtf8(postcode);
        c.city = QString::fromUtf8(city);
        c.phone = QStringLiteral("+45 %1").arg(20000000 + rng() % 79999999);
        if (i % 11 == 5)
            c.noEmail = true;
        else
            c.email = QStringLiteral("gaest%1@example.dk").arg(i + 1);
        c.notes = QString::fromUtf8(pick(notes, rng));
        CustomerService::create(owner, c);
    }
}

}  // namespace skranke
