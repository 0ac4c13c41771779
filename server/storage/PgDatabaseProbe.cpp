#include "server/storage/PgDatabaseProbe.h"

#include "server/storage/PgErrors.h"

#include <pqxx/pqxx>

namespace fitflow::storage {

PgDatabaseProbe::PgDatabaseProbe(ConnectionPool& pool)
    : m_pool(pool)
{
}

Status PgDatabaseProbe::ping(std::chrono::milliseconds timeout)
{
    auto lease = m_pool.acquire();
    if (!lease) {
        return lease.error();
    }
    try {
        pqxx::work transaction(lease->connection());
        transaction.exec("SET LOCAL statement_timeout = " + std::to_string(timeout.count()));
        transaction.exec("SELECT 1");
        transaction.commit();
        return {};
    } catch (...) {
        return errorFromCurrentException("readiness check");
    }
}

} // namespace fitflow::storage
