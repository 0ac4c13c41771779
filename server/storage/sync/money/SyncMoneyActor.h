#pragma once
// Who applies a money operation: the pushing user and device in the mutation's organization,
// with the roles they hold there. `actAs` picks the acting role for one action with the
// permission matrix and makes it the transaction's row-level security context.

#include "server/storage/sync/SyncMutationActor.h"
#include "shared/core/Result.h"
#include "shared/permissions/Action.h"
#include "shared/permissions/Resource.h"

namespace pqxx {
class transaction_base;
} // namespace pqxx

namespace fitflow::storage::money {

// Error `forbidden` when none of the held roles may ever do `action` on `resource`.
Result<Role> actAs(pqxx::transaction_base& transaction, const SyncMutationActor& actor,
                   Action action, Resource resource);

} // namespace fitflow::storage::money
