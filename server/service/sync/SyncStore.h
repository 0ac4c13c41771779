#pragma once
// The storage port of the sync use cases: one push batch applied atomically, one pull page read
// from a consistent snapshot, and the cursor key. Implemented on PostgreSQL by PgSyncStore.

#include "server/service/sync/PullCursor.h"
#include "server/service/sync/PushBatch.h"
#include "server/service/sync/money/MoneyOperation.h"
#include "shared/codec/TextFormats.h"
#include "shared/core/Result.h"
#include "shared/permissions/Role.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::sync {

// A mutation ready to apply: decoded and clamped, or the reason it never can be.
struct PendingMutation {
    std::int64_t id = 0;
    std::string orgId; // as named by the mutation (not trusted: checked against memberships)
    std::optional<DecodedMutation> decoded; // set when it can be applied
    Error error;                            // why not, otherwise
    // Instead of `decoded`, for an "op" mutation (money, docs/sync-protocol.md).
    std::optional<money::MoneyOperation> moneyOperation;
};

struct PushCommand {
    std::string userId;
    std::string deviceId;
    std::map<std::string, std::vector<Role>> rolesByOrg; // the user's active memberships
    std::vector<PendingMutation> mutations;              // consecutive ids
};

struct PushRejection {
    std::int64_t mutationId = 0;
    std::string code;
    std::string message;
    std::string field; // the domain JSON name it is about (rejectionField), or empty
};

struct PushOutcome {
    bool gap = false;                // refused: the first new id was not last + 1
    std::int64_t lastMutationId = 0; // after the batch (or, on a gap, as stored)
    std::vector<PushRejection> rejections;
    int applied = 0; // mutations applied by this request
};

struct SyncOrgState {
    std::int64_t version = 0;
    std::string epoch;
    std::int64_t tombstoneHorizon = 0;
    std::int64_t scopeGeneration = 0;
};

struct PullScope {
    std::string orgId;
    std::string userId;
    std::string deviceId;
    std::map<SyncEntity, std::optional<Role>> readRoles; // none: the entity is not pulled
};

// One pulled row in its wire shape ("record"/"values"/"history", "trainer_ids").
struct PulledRow {
    SyncEntity entity = SyncEntity::Client;
    std::string id;
    std::int64_t version = 0;
    nlohmann::json body;
};

struct PullRead {
    SyncOrgState state;
    PullPosition start;
    std::vector<PulledRow> rows; // ordered by (version, entity, id), at most limit + 1
};

// Decides where a page starts once the organization's state is known, or refuses the pull
// (`reset`, `resync_required`).
using StartPosition = std::function<Result<PullPosition>(const SyncOrgState&)>;

class SyncStore {
public:
    virtual ~SyncStore() = default;

    // One transaction: locks the device's state, skips ids already applied, refuses a gap,
    // applies each new mutation in its organization's tenant context (a mutation that fails for
    // good is recorded as a rejection and changes nothing), advances last_mutation_id. Results
    // and audit events are per mutation, however the store groups the writes.
    // Errors: `database_unavailable` / `database_busy` (transient: nothing applied).
    virtual Result<PushOutcome> push(const PushCommand& command) = 0;

    // One repeatable-read transaction: the organization's state, then up to `limit + 1` rows
    // after the position `start` chooses, visible to the scope's roles; audited as sync.pull.
    virtual Result<PullRead> readPage(const PullScope& scope, const StartPosition& start,
                                      int limit) = 0;

    // The stored cursor key, storing `candidate` first if there is none.
    virtual Result<CursorKey> cursorKey(const CursorKey& candidate) = 0;
};

} // namespace fitflow::sync
