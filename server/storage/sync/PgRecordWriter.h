#pragma once
// Applies one record mutation (write, delete, undelete) of a client, session or note header
// inside the push transaction: loads the row and its merge state, merges with LwwRecord, checks
// the session state machine, and inserts or updates the row under the acting role's row-level
// security context. A trainer's new client is assigned to them.

#include "server/service/sync/SyncProtocol.h"
#include "server/storage/sync/SyncMutationActor.h"
#include "shared/core/Result.h"
#include "shared/sync/RecordMutation.h"

namespace pqxx {
class transaction_base;
} // namespace pqxx

namespace fitflow::storage {

// A rejection (`not_found`, `forbidden`, `missing_field`, `illegal_transition`) as an Error;
// SQL failures throw (the caller rolls back to its savepoint and classifies them).
Status applyRecordMutation(pqxx::transaction_base& transaction, const SyncMutationActor& actor,
                           sync::SyncEntity entity, const std::string& entityId,
                           const sync::RecordMutation& mutation);

} // namespace fitflow::storage
