#pragma once

#include "core/company/companyprofile.h"
#include "core/company/countryrules.h"

#include <QCoreApplication>
#include <optional>

namespace skranke {

class Clock;
class Database;
class Session;

// The company profile: one row, validated field by field, every change
// journaled with what changed.
class CompanyService final {
    Q_DECLARE_TR_FUNCTIONS(skranke::CompanyService)
public:
    static std::optional<CompanyProfile> load(Database& db);
    static CompanyProfile require(Database& db);  // throws when not set up yet
    static const CountryRules& rules(Database& db);

    // Throws Error::invalid naming the first bad field.
    static void validate(const CompanyProfile& profile);
    // First start: writes the profile when there is none (no user exists yet).
    static void create(Database& db, const Clock& clock, const CompanyProfile& profile);
    static void save(const Session& session, const CompanyProfile& profile);
};

}  // namespace skranke
