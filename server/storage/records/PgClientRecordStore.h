#pragma once
// ClientRecordStore on PostgreSQL: one tenant transaction per use case on the application pool,
// so row-level security filters every query and the read's audit event commits with it.

#include "server/service/records/ClientRecordReader.h"
#include "server/storage/ConnectionPool.h"

namespace fitflow::storage {

class PgClientRecordStore final : public service::ClientRecordStore {
public:
    // `pool` must outlive this.
    explicit PgClientRecordStore(ConnectionPool& pool);

    Status read(const service::Actor& actor, const Work& work) override;

private:
    ConnectionPool& m_pool;
};

} // namespace fitflow::storage
