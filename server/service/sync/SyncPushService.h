#pragma once
// The push use case (POST /api/v1/sync/push): checks the device and the batch, decodes and
// clamps each mutation, collects the user's roles per organization, and hands the batch to the
// store, which applies it in one transaction. Thread-safe if its collaborators are.

#include "server/service/IdentityStore.h"
#include "server/service/auth/AccessTokenClaims.h"
#include "server/service/sync/SyncStore.h"

#include <functional>

namespace fitflow::sync {

using ServerClock = std::function<Instant()>;

// The server clock in milliseconds (what stamps are clamped against).
Instant systemNow();

class SyncPushService {
public:
    // Both references must outlive this.
    SyncPushService(SyncStore& store, service::IdentityStore& identities,
                    ServerClock clock = systemNow);

    // Errors: `device_required` (token without a device), the 400s of parsePushBatch,
    // `unauthenticated` (the user no longer exists), storage errors (transient = 503).
    // A gap is an outcome, not an error (the route answers 409 with last_mutation_id).
    Result<PushOutcome> push(const auth::AccessTokenClaims& bearer, const nlohmann::json& body);

private:
    SyncStore& m_store;
    service::IdentityStore& m_identities;
    ServerClock m_clock;
};

} // namespace fitflow::sync
