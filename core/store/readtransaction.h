#pragma once

namespace skranke {

class Database;

// Several reads that must see one state of the file (a report's totals and
// its lines): a deferred transaction, so no write lock is taken. Inside a
// caller's transaction it does nothing; that one already gives the snapshot.
class ReadTransaction final {
public:
    explicit ReadTransaction(Database& db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    Database& m_db;
    bool m_began;
};

}  // namespace skranke
