#pragma once
// The pull use case (POST /api/v1/sync/pull): checks device, body, membership and cursor,
// decides where the page starts (continue, fresh snapshot on a changed scope, `reset` on another
// epoch or a cursor from the future, `resync_required` behind the tombstone horizon), reads the
// page and answers it with the next signed cursor. Thread-safe.

#include "server/service/IdentityStore.h"
#include "server/service/auth/AccessTokenClaims.h"
#include "server/service/sync/SyncStore.h"

#include <memory>
#include <mutex>

namespace fitflow::sync {

class SyncPullService {
public:
    // Both references must outlive this.
    SyncPullService(SyncStore& store, service::IdentityStore& identities);

    // The response body of docs/sync-protocol.md. Errors: `device_required`, `invalid_json`,
    // `schema_unsupported`, `invalid_value` (limit), `not_found` (not a member of org_id),
    // `invalid_cursor`, `reset`, `resync_required`, storage errors.
    Result<nlohmann::json> pull(const auth::AccessTokenClaims& bearer, const nlohmann::json& body);

private:
    Result<const CursorSigner*> signer();

    SyncStore& m_store;
    service::IdentityStore& m_identities;
    std::mutex m_signerMutex;
    std::unique_ptr<CursorSigner> m_signer; // loaded from the store on first use
};

} // namespace fitflow::sync
