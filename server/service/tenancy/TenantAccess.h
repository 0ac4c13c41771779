#pragma once
// Resolves the Actor of a request on /api/v1/orgs/{org_id}/...: the bearer's active memberships
// in that organization decide whether it exists for them at all and which role acts.

#include "server/service/IdentityStore.h"
#include "server/service/auth/AccessTokenClaims.h"
#include "server/service/tenancy/Actor.h"
#include "shared/core/Result.h"
#include "shared/permissions/Action.h"
#include "shared/permissions/Resource.h"

#include <string>

namespace fitflow::service {

class TenantAccess {
public:
    // `identities` must outlive this. Thread-safe.
    explicit TenantAccess(IdentityStore& identities);

    // Errors: `not_found` when the user is not an active member of `orgId` (or it is not a uuid,
    // or does not exist: the three are indistinguishable on purpose), `forbidden` when they are
    // a member but none of their roles may ever do `action` on `resource`; storage errors.
    Result<Actor> actorFor(const auth::AccessTokenClaims& bearer, const std::string& orgId,
                           Action action, Resource resource);

private:
    IdentityStore& m_identities;
};

} // namespace fitflow::service
