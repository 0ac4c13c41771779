#pragma once
// A user may hold several roles in one organization (Alex owns his practice and trains in it).
// For each request one of them acts: the first, from owner down to client, that the permission
// matrix lets do `action` on `resource` at some scope. So Alex administers locations as owner but
// reads his notes as trainer (owners never read notes).

#include "shared/permissions/Action.h"
#include "shared/permissions/Resource.h"
#include "shared/permissions/Role.h"

#include <optional>
#include <span>

namespace fitflow::service {

// Whether `role` may do `action` to `resource` in at least one relation to the record.
bool roleCanEver(Role role, Action action, Resource resource);

// The acting role among `held` (any order), or nothing when none of them may ever do it.
std::optional<Role> chooseActingRole(std::span<const Role> held, Action action, Resource resource);

} // namespace fitflow::service
