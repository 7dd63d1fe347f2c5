#pragma once

#include <string>

namespace skranke {

class Database;

// All of a business operation is written, or none of it. The outermost
// Transaction takes the write lock at once (BEGIN IMMEDIATE) so a busy
// database fails before any work is done; a nested one is a savepoint.
// Whatever is not committed is rolled back when the object goes away.
class Transaction final {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    std::string m_savepoint;  // empty for the outermost transaction
    bool m_done = false;
};

}  // namespace skranke
