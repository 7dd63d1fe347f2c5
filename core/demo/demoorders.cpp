#include "core/demo/demoorders.h"

#include "core/auth/session.h"
#include "core/auth/userservice.h"
#include "core/booking/bookingtime.h"
#include "core/company/companyservice.h"
#include "core/orders/capturepolicy.h"
#include "core/orders/orderimport.h"
#include "core/orders/orderpayments.h"
#include "core/orders/orderservice.h"
#include "core/orders/orderstore.h"
#include "core/parties/customerservice.h"
#include "core/store/database.h"
#include "core/store/error.h"
#include "core/store/settings.h"
#include "core/time/clock.h"
#include "core/time/dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string_view>

namespace skranke {

namespace {

constexpr std::int64_t Minute = 60'000, Hour = 60 * Minute, Day = 24 * Hour;

struct Item {
    const char *code, *text, *kind;
    int priceKr;
};

const Item items[] = {
    {"GK250", "Gavekort 250 kr", "value_card", 250},
    {"GK500", "Gavekort 500 kr", "value_card", 500},
    {"GK1000", "Gavekort 1000 kr", "value_card", 1000},
    {"KRUS", "Krus med logo", "goods", 129},
    {"HAT", "Sauna-hat", "goods", 179},
    {"KAABE", "Badekåbe", "goods", 449},
    {"HAANDKLAEDE", "Håndklæde med logo, stort", "goods", 149},
    {"SAUNAGUS", "Saunagus 2 timer", "service", 350},
    {"RENG", "Slutrengøring", "service", 400},
    {"LINNED", "Sengelinned og håndklæder", "service", 95},
};

// What happens to the payment after the import.
enum class Fate {
    Awaiting,      // left reserved
    Capture,       // marked fulfilled where the card rules want it, captured in full
    Early,         // captured before the rules allow it, confirmed
    Reduced,       // the last line sold out: captured without it
    RefundPart,    // captured, then one unit of the last line paid back
    RefundAll,     // captured, then everything paid back
    Cancel,        // the reservation released
    ImportFailed,  // the webshop reported that the card payment failed
    Declined,      // declined on capture (transaction id decline-…)
    Lost,          // the capture got no answer and is pending (lost-…)
    BankOpen,      // a bank transfer not yet arrived
    BankPaid,      // a bank transfer arrived, marked paid by hand
    Invoice,       // invoiced on the customer's debtor
};
enum class Status { NotEffected, Effected, Cancelled, Packed, Shipped };
// A service for one of the demo's stays: begun (it may be captured) or coming.
enum Stay { NoStay, Begun, Coming };

struct Spec {
    int hoursAgo;
    const char* type;
    Fate fate;
    Status status;
    const char* lines;  // "CODE*quantity CODE …"
    Stay stay = NoStay;
    const char* comment = nullptr;
};

using F = Fate;
using S = Status;
// Oldest first; numbered WEB-1001 on.
const Spec specs[] = {
    {700, "card", F::Capture, S::Effected, "GK500", NoStay, "Gaveindpakning, tak"},
    {684, "mobilepay", F::RefundAll, S::Cancelled, "KAABE HAT"},
    {662, "card", F::Capture, S::Effected, "KRUS*2 HAT"},
    {641, "bank_transfer", F::BankPaid, S::Effected, "KAABE*2"},
    {619, "vipps", F::Capture, S::Effected, "GK1000"},
    {598, "card", F::RefundPart, S::Effected, "KAABE KRUS"},
    {577, "card", F::Cancel, S::Cancelled, "HAT*2", NoStay, "Kan I nå at sende inden fredag?"},
    {556, "swish", F::Capture, S::Effected, "SAUNAGUS"},
    {537, "card", F::ImportFailed, S::Cancelled, "KAABE"},
    {515, "card", F::Capture, S::Effected, "LINNED*4 RENG", Begun, "Vi kommer først kl. 21"},
    {494, "invoice", F::Invoice, S::Effected, "SAUNAGUS*2 KRUS*2", NoStay, "Faktura, tak"},
    {478, "mobilepay", F::Capture, S::Effected, "GK250*2"},
    {459, "card", F::Reduced, S::Effected, "KRUS*4 KAABE"},
    {437, "card", F::Capture, S::Shipped, "HAT KRUS"},
    {418, "mobilepay", F::Declined, S::Cancelled, "KAABE HAT"},
    {399, "card", F::RefundPart, S::Effected, "HAT*3"},
    {377, "card", F::Early, S::Shipped, "KAABE*2", NoStay, "Træk gerne beløbet med det samme"},
    {358, "bank_transfer", F::BankOpen, S::NotEffected, "KRUS*6"},
    {338, "card", F::Capture, S::Effected, "GK1000 GK250"},
    {317, "swish", F::Capture, S::Shipped, "KRUS HAT"},
    {298, "card", F::Capture, S::Effected, "SAUNAGUS*2"},
    {279, "vipps", F::Cancel, S::Cancelled, "GK500"},
    {258, "card", F::RefundAll, S::Cancelled, "SAUNAGUS"},
    {239, "mobilepay", F::Capture, S::Shipped, "KAABE HAT"},
    {221, "card", F::Capture, S::Effected, "RENG", Begun},
    {197, "card", F::Capture, S::Effected, "GK500*2"},
    {178, "mobilepay", F::Early, S::NotEffected, "LINNED*2 RENG", Coming},
    {161, "card", F::Capture, S::Packed, "KRUS*2 HAANDKLAEDE"},
    {139, "card", F::Reduced, S::Packed, "HAT*2 KAABE"},
    {118, "bank_transfer", F::BankOpen, S::NotEffected, "KAABE"},
    {101, "card", F::Capture, S::Packed, "HAT"},
    {79, "vipps", F::ImportFailed, S::NotEffected, "GK250"},
    {58, "card", F::Lost, S::Packed, "KAABE KRUS"},
    {47, "card", F::Awaiting, S::NotEffected, "LINNED*4", Coming, "Barneseng i hytten, tak"},
    {35, "mobilepay", F::Awaiting, S::NotEffected, "KRUS*2 HAT"},
    {23, "card", F::Awaiting, S::NotEffected, "KAABE HAANDKLAEDE"},
    {17, "swish", F::Awaiting, S::NotEffected, "HAT*2"},
    {11, "card", F::Awaiting, S::NotEffected, "SAUNAGUS"},
    {6, "mobilepay", F::Awaiting, S::NotEffected, "KRUS KAABE", NoStay, "Stil den ved døren"},
    {3, "card", F::Capture, S::NotEffected, "GK500"},
    {1, "card", F::Awaiting, S::NotEffected, "GK250 KRUS"},
};

struct Person {
    std::int64_t id = 0;
    QString name, email, phone, street, postcode, city;
    QString country() const {
        return city == QLatin1String("Oslo")        ? QStringLiteral("NO")
               : city == QStringLiteral("Göteborg") ? QStringLiteral("SE")
                                                    : QStringLiteral("DK");
    }
};

Person person(Database& db, std::int64_t id) {
    auto st = db.prepare(
        "SELECT id, name, email, phone, address_line1, postcode, city FROM customer WHERE id = ?1");
    st.bind(1, id);
    st.step();
    return {st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)};
}

QJsonObject address(const Person& p) {
    const QString values[] = {p.name, p.street, p.postcode, p.city, p.country(), p.phone, p.email};
    const char* const keys[] = {"name", "street", "postcode", "city", "country", "phone", "email"};
    QJsonObject a;
    for (std::size_t i = 0; i < std::size(keys); ++i)
        if (!values[i].isEmpty() && values[i] != QLatin1String("-"))  // "-": not known
            a.insert(QLatin1String(keys[i]), values[i]);
    return a;
}

struct Candidate {
    std::int64_t booking, customer;
    QDate start;
};

// Stays with a cabin or room still booked, starting in the window; web first.
std::vector<Candidate> stays(Database& db, const QDate& from, const QDate& to) {
    auto st = db.prepare(
        "SELECT r.booking_id, b.customer_id, min(r.start_min) AS s "
        "FROM booking_row r JOIN booking b ON b.id = r.booking_id "
        "JOIN product p ON p.id = r.product_id "
        "WHERE r.status <> 'cancelled' AND b.customer_id IS NOT NULL GROUP BY r.booking_id "
        "HAVING s BETWEEN ?1 AND ?2 AND max(p.kind = 'accommodation' AND "
        "r.status IN ('reservation', 'final')) = 1 ORDER BY b.source = 'web' DESC, s, "
        "r.booking_id");
    st.bindAll(BookingTime::fromDate(from), BookingTime::fromDate(to));
    std::vector<Candidate> out;
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), BookingTime::date(st.int64(2))});
    return out;
}

// A session of a demo user at a moment.
template <typename Fn>
void as(const Session& owner, const char* login, std::int64_t ms, Fn&& f) {
    FixedClock clock(ms);
    const StaffUser u = *UserService::find(owner.db(), QString::fromLatin1(login));
    f(Session(owner.db(), clock, u, UserService::rightsOf(owner.db(), u),
              Settings::deviceUid(owner.db())));
}

void fulfil(const Session& s, std::int64_t id, const QString& note = {}, bool paid = false) {
    Order o = OrderStore::require(s.db(), id);
    o.fulfilled = true;
    o.paidByHand = o.paidByHand || paid;
    if (!note.isEmpty())
        o.internalComment = note;
    OrderService::edit(s, o);
}

}  // namespace

int DemoOrders::build(const Session& owner, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    Database& db = owner.db();
    const QString timeZone = CompanyService::require(db).timeZone;
    const std::int64_t now = owner.clock().nowMs() / Minute * Minute;
    const QDate today = Dates::localDate(now, timeZone);
    const Currency dkk = Currency::fromCode(QStringLiteral("DKK"));

    // The webshop went live a month ago, with the business's own statuses.
    std::map<Status, std::int64_t> statusIds;
    for (const auto& [status, key] : {std::pair{S::NotEffected, "not_effected"},
                                      {S::Effected, "effected"},
                                      {S::Cancelled, "cancelled"}})
        statusIds[status] = OrderStore::builtInStatus(db, QLatin1String(key)).id;
    as(owner, "owner", now - 31 * Day, [&](const Session& s) {
        statusIds[S::Packed] = OrderService::addStatus(s, QStringLiteral("Pakket")).id;
        statusIds[S::Shipped] = OrderService::addStatus(s, QStringLiteral("Afsendt")).id;
    });

    // The demo's customers order; the invoice order is one with a debtor.
    std::vector<Person> pool;
    std::int64_t debtorCustomer = 0;
    for (auto st = db.prepare("SELECT id, debtor_id IS NOT NULL FROM customer WHERE email <> '' "
                              "AND postcode <> '-' ORDER BY id LIMIT 200");
         st.step();) {
        pool.push_back(person(db, st.int64(0)));
        if (!debtorCustomer && st.int64(1))
            debtorCustomer = st.int64(0);
    }
    std::shuffle(pool.begin(), pool.end(), rng);
    std::size_t nextPerson = 0;
    const auto takePerson = [&](const QString& country) {
        const auto it = std::find_if(pool.begin() + nextPerson, pool.end(),
                                     [&](const Person& p) { return p.country() == country; });
        if (it != pool.end())
            std::iter_swap(it, pool.begin() + nextPerson);
        return pool.at(nextPerson++);
    };
    const std::vector<Candidate> candidates = stays(db, today.addDays(-30), today.addDays(30));
    std::set<std::int64_t> usedStays;

    int n = 0;
    for (const Spec& spec : specs) {
        const QString externalId = QStringLiteral("WEB-%1").arg(1001 + n++);
        const std::int64_t orderMs = now - spec.hoursAgo * Hour - std::int64_t(rng() % 45) * Minute;
        const QDate orderDate = Dates::localDate(orderMs, timeZone);
        const QString type = QString::fromLatin1(spec.type);
        const Fate fate = spec.fate;

        // A service for a stay belongs to the stay's guest.
        const Candidate* stay = nullptr;
        for (const Candidate& c : candidates)
            if (spec.stay != NoStay && !stay &&
                (spec.stay == Begun ? c.start > orderDate && c.start < today
                                    : c.start >= today.addDays(2)) &&
                usedStays.insert(c.booking).second)
                stay = &c;
        const QString country = type == QLatin1String("vipps")   ? QStringLiteral("NO")
                                : type == QLatin1String("swish") ? QStringLiteral("SE")
                                                                 : QStringLiteral("DK");
        const Person who = stay                                   ? person(db, stay->customer)
                           : fate == F::Invoice && debtorCustomer ? person(db, debtorCustomer)
                                                                  : takePerson(country);
        QJsonObject customer{{QStringLiteral("name"), who.name}};
        if (who.id != 0 && (stay || fate == F::Invoice || n % 2 == 0))
            customer = {{QStringLiteral("id"), qint64(who.id)}};
        else if (!who.email.isEmpty())
            customer.insert(QStringLiteral("email"), who.email);

        QJsonArray lines;
        bool cardsOnly = true;
        Money total(0, dkk);
        Money lastUnit(0, dkk);
        QString lastText;
        for (const QString& part : QString::fromLatin1(spec.lines).split(u' ')) {
            const QString code = part.section(u'*', 0, 0);
            const int quantity = part.contains(u'*') ? part.section(u'*', 1).toInt() : 1;
            const Item& item =
                *std::find_if(std::begin(items), std::end(items),
                              [&](const Item& i) { return code == QLatin1String(i.code); });
            lastUnit = Money(std::int64_t(item.priceKr) * 100, dkk);
            lastText = QString::fromUtf8(item.text);
            const Money amount(lastUnit.minor() * quantity, dkk);
            total += amount;
            cardsOnly = cardsOnly && std::string_view(item.kind) == "value_card";
            QJsonObject line{{QStringLiteral("item_number"), code},
                             {QStringLiteral("text"), lastText},
                             {QStringLiteral("quantity"), quantity},
                             {QStringLiteral("amount"), amount.toDecimalString()},
                             {QStringLiteral("kind"), QLatin1String(item.kind)}};
            if (stay && std::string_view(item.kind) == "service")
                line.insert(QStringLiteral("booking"), qint64(stay->booking));
            lines.append(line);
        }

        QJsonObject payment{{QStringLiteral("type"), type}};
        if (type != QLatin1String("bank_transfer") && type != QLatin1String("invoice")) {
            // The prefix scripts the test gateway.
            const char* prefix = fate == F::Declined ? "decline" : fate == F::Lost ? "lost" : "pay";
            payment.insert(QStringLiteral("gateway"), QStringLiteral("test"));
            payment.insert(
                QStringLiteral("transaction_id"),
                QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(rng() % 1000000000));
        }
        if (fate == F::ImportFailed) {
            payment.insert(QStringLiteral("status"), QStringLiteral("failed"));
            payment.insert(QStringLiteral("reserved"), QStringLiteral("0"));
        }
        QJsonObject order{{QStringLiteral("external_id"), externalId},
                          {QStringLiteral("created"),
                           QDateTime::fromMSecsSinceEpoch(orderMs, Qt::UTC).toString(Qt::ISODate)},
                          {QStringLiteral("currency"), QStringLiteral("DKK")},
                          {QStringLiteral("customer"), customer},
                          {QStringLiteral("payment"), payment},
                          {QStringLiteral("billing"), address(who)},
                          {QStringLiteral("lines"), lines}};
        if (spec.comment)
            order.insert(QStringLiteral("comment"), QString::fromUtf8(spec.comment));
        const QJsonObject file{{QStringLiteral("format"), QStringLiteral("skranke-orders/1")},
                               {QStringLiteral("orders"), QJsonArray{order}}};
        // The webshop's file is fetched a few minutes after the order.
        as(owner, "manager", orderMs + 3 * Minute, [&](const Session& s) {
            OrderImport::importJson(s, QJsonDocument(file).toJson(QJsonDocument::Compact));
        });
        const std::int64_t id = *OrderStore::idOfExternal(db, externalId);

        // Value cards are captured at once, the rest the next day, a stay's
        // service once the stay has begun; returns come a few days later.
        std::int64_t act = orderMs + (cardsOnly ? 5 * Minute : 20 * Hour);
        if (stay && spec.stay == Begun)
            act = std::max<std::int64_t>(
                act, QDateTime(stay->start, QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
        act = std::min(act, now - 10 * Minute);
        const std::int64_t later = std::min(act + Day, now - 5 * Minute);
        const std::int64_t returned = std::min(act + 4 * Day, now - 3 * Minute);
        const char* desk = n % 3 == 0 ? "manager" : "desk";
        const char* actor = fate == F::Early || fate == F::Cancel ? "manager"
                            : fate == F::Invoice                  ? "owner"
                                                                  : desk;
        as(owner, actor, act, [&](const Session& s) {
            try {
                if (fate == F::Capture || fate == F::RefundPart || fate == F::RefundAll ||
                    fate == F::Declined || fate == F::Lost) {
                    // Fulfilled first where the card rules want that.
                    const QDate day = Dates::localDate(act, timeZone);
                    if (!CapturePolicy::earlyReason(db, OrderStore::require(db, id), day).isEmpty())
                        fulfil(s, id);
                    OrderPayments::capture(s, id, std::nullopt, false);
                } else if (fate == F::Early) {
                    OrderPayments::capture(s, id, std::nullopt, true);
                } else if (fate == F::Cancel) {
                    OrderPayments::cancel(s, id);
                } else if (fate == F::Reduced) {
                    fulfil(s, id,
                           QStringLiteral("%1 er udsolgt: kun resten er trukket.").arg(lastText));
                    OrderPayments::capture(s, id, total - lastUnit, false);
                } else if (fate == F::BankPaid) {
                    fulfil(s, id, QStringLiteral("Beløbet er modtaget på kontoen."), true);
                } else if (fate == F::Invoice && debtorCustomer) {
                    fulfil(s, id);
                    OrderService::createInvoice(
                        s, id, CustomerService::find(db, debtorCustomer)->debtorId);
                }
            } catch (const Error&) {
                // A decline or an unanswered capture is expected, and its
                // facts were recorded before the throw.
                if (fate != F::Declined && fate != F::Lost)
                    throw;
            }
        });
        if (fate == F::RefundPart || fate == F::RefundAll)
            as(owner, "manager", returned, [&](const Session& s) {
                const bool all = fate == F::RefundAll;
                Order o = OrderStore::require(db, id);
                OrderPayments::refund(s, id, all ? o.captured : lastUnit);
                o.internalComment = all ? QStringLiteral("Annulleret: alt er betalt tilbage.")
                                        : QStringLiteral("Returneret: 1 × %1.").arg(lastText);
                OrderService::edit(s, o);
            });

        // The status, as staff moved it.
        const auto move = [&](Status status, std::int64_t ms) {
            as(owner, desk, ms,
               [&](const Session& s) { OrderService::setStatus(s, {id}, statusIds.at(status)); });
        };
        if (spec.status == S::Packed || spec.status == S::Shipped)
            move(S::Packed, act + Minute);
        if (spec.status == S::Shipped) {
            as(owner, desk, later, [&](const Session& s) { fulfil(s, id); });
            move(S::Shipped, later + Minute);
        }
        if (spec.status == S::Effected)
            move(S::Effected, later + Minute);
        if (spec.status == S::Cancelled)
            move(S::Cancelled, (fate == F::RefundAll ? returned : act) + Minute);
    }
    return n;
}

}  // namespace skranke
