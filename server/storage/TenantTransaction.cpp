#include "server/storage/TenantTransaction.h"

#include "server/storage/PgErrors.h"

#include <pqxx/pqxx>

namespace fitflow::storage {

TenantContext tenantContextFor(const service::Actor& actor)
{
    return TenantContext{.orgId = actor.orgId,
                         .userId = actor.userId,
                         .role = std::string(enumToName(kRoleNames, actor.role))};
}

void setTenantContext(pqxx::transaction_base& transaction, const TenantContext& context)
{
    transaction.exec_params("SELECT set_config('fitflow.org_id', $1, true), "
                            "set_config('fitflow.user_id', $2, true), "
                            "set_config('fitflow.role', $3, true)",
                            context.orgId, context.userId, context.role);
}

Status runTenantTransaction(pqxx::connection_base& connection, const TenantContext& context,
                            const std::function<void(pqxx::transaction_base&)>& body)
{
    try {
        pqxx::work transaction(connection);
        setTenantContext(transaction, context);
        body(transaction);
        transaction.commit();
        return {};
    } catch (...) {
        return errorFromCurrentException("tenant transaction");
    }
}

} // namespace fitflow::storage
