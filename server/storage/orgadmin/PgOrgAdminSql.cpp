#include "server/storage/orgadmin/PgOrgAdminSql.h"

#include "server/storage/PgErrors.h"
#include "server/storage/TenantTransaction.h"
#include "server/storage/audit/PgAuditTrail.h"

#include <pqxx/pqxx>

namespace fitflow::storage {

namespace {

Error translated(Error error)
{
    if (error.code == "database_constraint_violation") {
        return makeError("conflict", "this conflicts with an existing record");
    }
    if (error.code == "database_permission_denied") {
        return makeError("forbidden", "your role in this organization does not allow this");
    }
    return error;
}

Status run(ConnectionPool& pool, const std::optional<TenantContext>& context, std::string_view what,
           const std::function<Refusal(pqxx::transaction_base&)>& body)
{
    auto lease = pool.acquire();
    if (!lease) {
        return lease.error();
    }
    try {
        pqxx::work transaction(lease->connection());
        if (context) {
            setTenantContext(transaction, *context);
        }
        if (Refusal refusal = body(transaction); refusal) {
            return *refusal; // the transaction rolls back when it goes out of scope
        }
        transaction.commit();
        return {};
    } catch (...) {
        return translated(errorFromCurrentException(what));
    }
}

} // namespace

std::string arrayLiteral(const std::vector<std::string>& ids)
{
    std::string literal = "{";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        literal += (i == 0 ? "" : ",") + ids[i];
    }
    return literal + "}";
}

std::vector<std::string> splitUuidList(const std::string& text)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        parts.push_back(text.substr(start, comma - start));
        start = comma + 1;
    }
    return parts;
}

void auditActorChange(pqxx::transaction_base& transaction, const service::Actor& actor,
                      std::string action, std::string objectType, std::string objectId)
{
    appendAuditEvent(transaction, audit::AuditEvent{.orgId = actor.orgId,
                                                    .actorUserId = actor.userId,
                                                    .deviceId = actor.deviceId,
                                                    .action = std::move(action),
                                                    .objectType = std::move(objectType),
                                                    .objectId = std::move(objectId)});
}

Status runAsActor(ConnectionPool& pool, const service::Actor& actor, std::string_view what,
                  const std::function<Refusal(pqxx::transaction_base&)>& body)
{
    return run(pool, tenantContextFor(actor), what, body);
}

Status runWithoutTenant(ConnectionPool& pool, std::string_view what,
                        const std::function<Refusal(pqxx::transaction_base&)>& body)
{
    return run(pool, std::nullopt, what, body);
}

} // namespace fitflow::storage
