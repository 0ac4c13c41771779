#include "server/service/tenancy/ActingRole.h"

#include "shared/permissions/PermissionMatrix.h"

#include <algorithm>
#include <array>

namespace fitflow::service {

namespace {

// Every scope fact at once: if even this relation is denied, no record can be allowed.
constexpr Relation kEveryRelation{Scope::Organization, Scope::ManagedLocation,
                                  Scope::Own,          Scope::AssignedClient,
                                  Scope::Team,         Scope::SharedWithClient};

// Broadest first; super_admin is a platform role, never a membership.
constexpr std::array<Role, 5> kPreference{Role::Owner, Role::Manager, Role::TrainerAdmin,
                                          Role::Trainer, Role::Client};

} // namespace

bool roleCanEver(Role role, Action action, Resource resource)
{
    return decide(role, action, resource, kEveryRelation) == Decision::Allow;
}

std::optional<Role> chooseActingRole(std::span<const Role> held, Action action, Resource resource)
{
    for (const Role candidate : kPreference) {
        if (std::ranges::find(held, candidate) != held.end() &&
            roleCanEver(candidate, action, resource)) {
            return candidate;
        }
    }
    return std::nullopt;
}

} // namespace fitflow::service
