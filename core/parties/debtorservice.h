#pragma once

#include "core/parties/debtor.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace skranke {

class Database;
class Session;

// Debtors and debtor groups. Every change is validated field by field and
// journaled with what changed.
class DebtorService final {
    Q_DECLARE_TR_FUNCTIONS(skranke::DebtorService)
public:
    static void validate(const Debtor& debtor);
    // Creates the debtor; debtor.id 0 takes the next free ID.
    static Debtor create(const Session& session, const Debtor& debtor);
    static Debtor edit(const Session& session, const Debtor& debtor);

    static std::optional<Debtor> find(Database& db, std::int64_t id);
    static Debtor require(Database& db, std::int64_t id);  // NotFound naming "debtor"
    // By ID, or name/company name containing the text; ordered by ID.
    static std::vector<Debtor> search(Database& db, const QString& text, int limit);

    static DebtorGroup createGroup(const Session& session, const QString& name);
    static void renameGroup(const Session& session, std::int64_t groupId, const QString& name);
    static std::vector<DebtorGroup> groups(Database& db);
    static std::optional<DebtorGroup> groupByName(Database& db, const QString& name);
    // Moves the marked debtors to a group (0: no group) in one transaction.
    static void moveToGroup(const Session& session, const std::vector<std::int64_t>& debtorIds,
                            std::int64_t groupId);
};

}  // namespace skranke
