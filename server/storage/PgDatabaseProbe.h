#pragma once
// DatabaseProbe over the connection pool: `SELECT 1` under a statement timeout.

#include "server/service/DatabaseProbe.h"
#include "server/storage/ConnectionPool.h"

namespace fitflow::storage {

class PgDatabaseProbe final : public service::DatabaseProbe {
public:
    explicit PgDatabaseProbe(ConnectionPool& pool);

    Status ping(std::chrono::milliseconds timeout) override;

private:
    ConnectionPool& m_pool;
};

} // namespace fitflow::storage
