#pragma once
// The only way application code touches tenant rows: a transaction that first sets the
// organization, user and role that row-level security policies read. The values are bound
// parameters of set_config(..., true), so they vanish at commit/rollback and can never leak
// into the next request that reuses the pooled connection.

#include "server/service/tenancy/Actor.h"
#include "shared/core/Result.h"

#include <functional>
#include <string>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace fitflow::storage {

struct TenantContext {
    std::string orgId;  // uuid text
    std::string userId; // uuid text; empty for system work such as seeding
    std::string role;   // membership role, e.g. "trainer"
};

// The context of a request's actor: its organization, user and acting role (wire name).
TenantContext tenantContextFor(const service::Actor& actor);

// Sets fitflow.org_id, fitflow.user_id and fitflow.role for the rest of `transaction`.
// May be called again in the same transaction to switch organization (used by seeding).
// Throws pqxx exceptions, like every statement run inside a transaction body.
void setTenantContext(pqxx::transaction_base& transaction, const TenantContext& context);

// Opens a transaction, sets `context`, runs `body`, commits. Any exception thrown by `body`
// rolls back and comes back as an Error (see PgErrors.h); nothing is partially written.
Status runTenantTransaction(pqxx::connection_base& connection, const TenantContext& context,
                            const std::function<void(pqxx::transaction_base&)>& body);

} // namespace fitflow::storage
