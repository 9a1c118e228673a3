#pragma once

namespace fc {

class Database;

/**
 * RAII write transaction (BEGIN IMMEDIATE): rolled back unless commit() succeeds, so that any
 * failure or early return leaves the workspace as it was.
 */
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace fc
