#pragma once
// What a device's view of an organization depends on besides the rows themselves: the user, the
// role acting for each entity, the locations their membership is limited to, and the
// organization's scope generation (bumped when assignments are removed or memberships change).
// A cursor made under another scope hash is answered with a fresh snapshot, so rows that left
// the scope disappear from the device and rows that entered it arrive.

#include "server/service/sync/SyncProtocol.h"
#include "shared/permissions/Role.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::sync {

struct ScopeInputs {
    std::string userId;
    std::map<SyncEntity, std::optional<Role>> readRoles; // none: the entity is not pulled
    std::vector<std::string> locationIds;                // any order
    std::int64_t scopeGeneration = 0;
};

// 32 lower-case hex digits; equal inputs give equal hashes whatever the location order.
std::string scopeHash(const ScopeInputs& inputs);

} // namespace fitflow::sync
