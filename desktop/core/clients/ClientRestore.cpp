#include "desktop/core/clients/ClientRestore.h"

#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/StoreTransaction.h"
#include "desktop/sync/LocalClock.h"
#include "shared/sync/MutationCodec.h"

namespace fitflow::desktop {

ClientRestore::ClientRestore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Status ClientRestore::restore(const std::string& clientId)
{
    auto transaction = StoreTransaction::begin(m_db);
    if (!transaction) {
        return transaction.error();
    }
    const EntitySpec& client = *findSyncedEntity("client");
    EntityRepository entities(m_db);
    auto row = entities.loadRecord(client, clientId);
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return makeError("not_found", "no client with id " + clientId);
    }
    if (!(*row)->state.isDeleted()) {
        return makeError("not_deleted", "the client is not deleted");
    }
    SyncStateRepository state(m_db);
    LocalClock clock(state, systemPhysicalClock());
    auto stamp = clock.next();
    if (!stamp) {
        return stamp.error();
    }
    const sync::RecordMutation mutation{sync::RecordOperation::Undelete, *stamp, {}};
    (*row)->state.apply(mutation);
    if (auto saved = entities.saveRecord(client, **row); !saved) {
        return saved;
    }
    auto queued =
        OutboxRepository(m_db).append({0,
                                       (*row)->orgId,
                                       client.name,
                                       clientId,
                                       {{"change", sync::recordMutationToJson(mutation)}}});
    if (!queued) {
        return queued.error();
    }
    return transaction->commit();
}

} // namespace fitflow::desktop
