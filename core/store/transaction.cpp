#include "store/transaction.h"

#include "store/database.h"

namespace fc {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    // IMMEDIATE takes the write lock now, so a concurrent writer fails here and not mid-way.
    m_active = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.exec(QStringLiteral("COMMIT"))) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (m_active) {
        const QString error = m_db.lastError();
        m_db.exec(QStringLiteral("ROLLBACK"));
        m_db.setError(error); // keep the reason for the failure, not the rollback's
        m_active = false;
    }
}

} // namespace fc
