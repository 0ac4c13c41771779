#pragma once
// Small helpers the organization-administration store shares: uuid lists to and from SQL text,
// the audit event of an actor's change, and the tenant transaction with refusals (not_found,
// conflict) that roll back instead of committing.

#include "server/service/tenancy/Actor.h"
#include "server/storage/ConnectionPool.h"
#include "shared/core/Result.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pqxx {
class transaction_base;
} // namespace pqxx

namespace fitflow::storage {

// "{a,b}" for a uuid[] or text[] parameter of uuids or role names (which need no quoting).
std::string arrayLiteral(const std::vector<std::string>& ids);

// "a,b" (array_to_string of uuids) back to its parts; "" is no part.
std::vector<std::string> splitUuidList(const std::string& text);

// Appends "<action>" on (objectType, objectId) by the actor, within `transaction`.
void auditActorChange(pqxx::transaction_base& transaction, const service::Actor& actor,
                      std::string action, std::string objectType, std::string objectId);

// A body's answer: nothing for success (commit), an error to roll back with.
using Refusal = std::optional<Error>;

// Leases a connection from `pool`, runs `body` in the actor's row-level security context, and
// commits unless it refused or threw. Constraint violations become `conflict`, refused writes
// (row-level security WITH CHECK) `forbidden`.
Status runAsActor(ConnectionPool& pool, const service::Actor& actor, std::string_view what,
                  const std::function<Refusal(pqxx::transaction_base&)>& body);

// The same without tenant context (users and invitation tokens span organizations).
Status runWithoutTenant(ConnectionPool& pool, std::string_view what,
                        const std::function<Refusal(pqxx::transaction_base&)>& body);

} // namespace fitflow::storage
