#pragma once
// Applies a run of record writes (consecutive pushed mutations of one organization and entity,
// each id at most once) with set-based SQL: one read of every current row, the LWW merge of
// each mutation in C++ (PgStoredRecord, the same plan as one mutation alone), then one UPDATE
// of the changed rows, one INSERT of the new ones and, for a trainer's new clients, one INSERT
// of their assignments. Rejections that C++ can decide (forbidden, missing field, illegal
// session transition) come back per write; a refusal by the database throws, and the caller
// rolls back the whole run and applies it one mutation at a time instead.

#include "server/service/sync/SyncProtocol.h"
#include "server/storage/sync/SyncMutationActor.h"
#include "shared/core/Result.h"
#include "shared/sync/RecordMutation.h"

#include <span>
#include <string>
#include <vector>

namespace pqxx {
class transaction_base;
} // namespace pqxx

namespace fitflow::storage {

struct RecordRunWrite {
    const std::string* entityId = nullptr;
    const sync::RecordMutation* mutation = nullptr; // operation Write
};

// Whether a write of `entity` may go into a run. Entities with more than a row to write (notes,
// note history), deletes and undeletes go one at a time.
bool runsInSets(sync::SyncEntity entity);

// One result per write, in order: applied (including "already merged"), or the rejection.
// SQL failures throw pqxx exceptions (the caller's savepoint undoes every write of the run).
std::vector<Status> applyRecordRun(pqxx::transaction_base& transaction,
                                   const SyncMutationActor& actor, sync::SyncEntity entity,
                                   std::span<const RecordRunWrite> writes);

} // namespace fitflow::storage
