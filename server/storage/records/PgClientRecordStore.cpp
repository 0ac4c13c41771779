#include "server/storage/records/PgClientRecordStore.h"

#include "server/storage/TenantTransaction.h"
#include "server/storage/records/PgClientRecordReader.h"

#include <pqxx/pqxx>

namespace fitflow::storage {

namespace {

// Thrown out of the transaction body to roll back when the use case fails; never escapes.
struct WorkFailed {};

} // namespace

PgClientRecordStore::PgClientRecordStore(ConnectionPool& pool)
    : m_pool(pool)
{
}

Status PgClientRecordStore::read(const service::Actor& actor, const Work& work)
{
    auto lease = m_pool.acquire();
    if (!lease) {
        return lease.error();
    }
    Status outcome;
    const Status transaction = runTenantTransaction(
        lease->connection(), tenantContextFor(actor), [&](pqxx::transaction_base& tx) {
            PgClientRecordReader reader(tx, actor.orgId);
            outcome = work(reader);
            if (!outcome) {
                throw WorkFailed{};
            }
        });
    if (!outcome) {
        return outcome;
    }
    return transaction;
}

} // namespace fitflow::storage
