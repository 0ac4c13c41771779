#include "server/storage/sync/money/SyncMoneyActor.h"

#include "server/service/tenancy/ActingRole.h"
#include "server/storage/TenantTransaction.h"

namespace fitflow::storage::money {

Result<Role> actAs(pqxx::transaction_base& transaction, const SyncMutationActor& actor,
                   Action action, Resource resource)
{
    const auto role = service::chooseActingRole(actor.heldRoles, action, resource);
    if (!role) {
        return makeError("forbidden", "your role in this organization does not allow this");
    }
    setTenantContext(transaction, TenantContext{actor.orgId, actor.userId,
                                                std::string(enumToName(kRoleNames, *role))});
    return *role;
}

} // namespace fitflow::storage::money
