#pragma once

#include "core/money/rate.h"

#include <QCoreApplication>

namespace skranke {

class Database;
class Session;

// Settings for reminder runs that outlive one run.
class DunningSettings final {
    Q_DECLARE_TR_FUNCTIONS(skranke::DunningSettings)
public:
    // The central bank's reference rate in percent a year (in Denmark
    // Nationalbanken's lending rate, fixed on 1 January and 1 July). Interest
    // may be at most this plus the law's margin. Zero until set, which keeps
    // runs on the safe side of the cap.
    static Rate referenceRate(Database& db);
    // Needs settings.edit; refuses a negative rate or one over 100 %. Journaled.
    static void setReferenceRate(const Session& session, const QString& percentPerYear);
};

}  // namespace skranke
