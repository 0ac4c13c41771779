#include "server/service/orgadmin/MemberService.h"

#include "server/service/orgadmin/OrgAdminRules.h"

#include <algorithm>

namespace fitflow::service {

namespace {

Error managerMayNot()
{
    return makeError("forbidden", "managers administer only trainer admins, trainers and clients");
}

} // namespace

Status validateLocationIds(OrgAdminStore& store, const Actor& actor,
                           const std::vector<std::string>& locationIds, const std::string& path)
{
    if (locationIds.empty()) {
        return {};
    }
    const auto locations = store.listLocations(actor);
    if (!locations) {
        return locations.error();
    }
    for (const auto& id : locationIds) {
        const bool known = std::ranges::any_of(
            *locations, [&id](const LocationRecord& location) { return location.id == id; });
        if (!known) {
            return makeError("invalid_value", "not a location of this organization", path);
        }
    }
    return {};
}

MemberService::MemberService(OrgAdminStore& store)
    : m_store(store)
{
}

Result<std::vector<MemberRecord>> MemberService::list(const Actor& actor)
{
    if (Status allowed =
            authorize(actor, Action::Read, Resource::Membership, {Scope::Organization});
        !allowed) {
        return allowed.error();
    }
    return m_store.listMembers(actor);
}

Result<MemberRecord> MemberService::update(const Actor& actor, const std::string& membershipId,
                                           const MemberPatch& patch)
{
    auto member = administeredMember(actor, membershipId, Action::Update);
    if (!member) {
        return member.error();
    }
    if (Status valid = validatePatch(actor, *member, patch); !valid) {
        return valid.error();
    }
    return m_store.updateMember(actor, membershipId, patch);
}

Status MemberService::end(const Actor& actor, const std::string& membershipId)
{
    if (auto member = administeredMember(actor, membershipId, Action::Delete); !member) {
        return member.error();
    }
    return m_store.endMember(actor, membershipId);
}

Result<MemberRecord> MemberService::administeredMember(const Actor& actor,
                                                       const std::string& membershipId,
                                                       Action action)
{
    // Reading first would 404 for roles that may never administer; ask the matrix in general.
    if (Status allowed = authorize(actor, action, Resource::Membership,
                                   Relation{Scope::Organization, Scope::ManagedLocation});
        !allowed) {
        return allowed.error();
    }
    auto member = m_store.findMember(actor, membershipId);
    if (!member) {
        return member.error();
    }
    if (Status allowed = authorize(actor, action, Resource::Membership,
                                   relationToPlacement(actor, member->locationIds));
        !allowed) {
        return allowed.error();
    }
    if (actor.role == Role::Manager && !isNonAdministrativeRole(member->role)) {
        return managerMayNot();
    }
    return member;
}

Status MemberService::validatePatch(const Actor& actor, const MemberRecord& member,
                                    const MemberPatch& patch)
{
    if (patch.role && !isGrantableRole(*patch.role)) {
        return makeError("invalid_value", "not a membership role", "role");
    }
    if (actor.role == Role::Manager && patch.role && !isNonAdministrativeRole(*patch.role)) {
        return managerMayNot();
    }
    if (patch.locationIds) {
        if (Status known = validateLocationIds(m_store, actor, *patch.locationIds, "location_ids");
            !known) {
            return known;
        }
        if (!relationToPlacement(actor, *patch.locationIds).holds(Scope::ManagedLocation) &&
            actor.role == Role::Manager) {
            return makeError("forbidden", "managers place members only at locations they manage");
        }
    }
    if (patch.teamLeadUserId && *patch.teamLeadUserId) {
        const std::string& lead = **patch.teamLeadUserId;
        if (lead == member.userId) {
            return makeError("invalid_value", "a member cannot lead themself", "team_lead_user_id");
        }
        const auto isLead = m_store.hasActiveRole(actor, lead, {"trainer_admin"});
        if (!isLead) {
            return isLead.error();
        }
        if (!*isLead) {
            return makeError("invalid_value", "not an active trainer admin of this organization",
                             "team_lead_user_id");
        }
    }
    return {};
}

} // namespace fitflow::service
