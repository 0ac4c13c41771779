#include "server/service/tenancy/TenantAccess.h"

#include "server/service/tenancy/ActingRole.h"
#include "shared/codec/EnumNames.h"

#include <vector>

namespace fitflow::service {

namespace {

Error noSuchOrganization()
{
    return makeError("not_found", "no such resource");
}

} // namespace

TenantAccess::TenantAccess(IdentityStore& identities)
    : m_identities(identities)
{
}

Result<Actor> TenantAccess::actorFor(const auth::AccessTokenClaims& bearer,
                                     const std::string& orgId, Action action, Resource resource)
{
    const auto profile = m_identities.findProfile(bearer.subject);
    if (!profile) {
        return profile.error();
    }
    if (!*profile) {
        return noSuchOrganization();
    }
    std::vector<Role> held;
    for (const auto& membership : (*profile)->memberships) {
        if (membership.orgId != orgId) {
            continue;
        }
        if (const auto role = enumFromName(kRoleNames, membership.role); role) {
            held.push_back(*role);
        }
    }
    if (held.empty()) {
        return noSuchOrganization();
    }
    const auto acting = chooseActingRole(held, action, resource);
    if (!acting) {
        return makeError("forbidden", "your role in this organization does not allow this");
    }
    Actor actor;
    actor.userId = bearer.subject;
    actor.orgId = orgId;
    actor.role = *acting;
    actor.deviceId = bearer.deviceId;
    for (const auto& membership : (*profile)->memberships) {
        if (membership.orgId == orgId && enumFromName(kRoleNames, membership.role) == *acting) {
            actor.locationIds = membership.locationIds;
        }
    }
    return actor;
}

} // namespace fitflow::service
