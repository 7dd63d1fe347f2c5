#pragma once

#include "core/demo/demobusiness.h"

#include <QDate>
#include <random>

namespace skranke {

class Session;

// The demo's debtors in three groups, with six months of invoices,
// payments, credit notes and write-offs; some invoices are overdue, and
// reminders were sent on some of them up to three times.
class DemoReceivables final {
public:
    struct Size {
        int debtors;
        int invoicesPerDebtor;
    };
    static Size sizeFor(DemoBusiness::Size size);
    static void build(const Session& owner, const QDate& today, Size size, std::mt19937_64& rng);
};

}  // namespace skranke
