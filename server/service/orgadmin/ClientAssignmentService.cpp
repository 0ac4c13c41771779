#include "server/service/orgadmin/ClientAssignmentService.h"

#include "server/service/orgadmin/OrgAdminRules.h"

namespace fitflow::service {

namespace {

Error noSuchResource()
{
    return makeError("not_found", "no such resource");
}

} // namespace

ClientAssignmentService::ClientAssignmentService(OrgAdminStore& store)
    : m_store(store)
{
}

Status ClientAssignmentService::assign(const Actor& actor, const std::string& clientId,
                                       const std::string& trainerUserId)
{
    if (Status allowed = authorizeAssignment(actor, clientId, trainerUserId); !allowed) {
        return allowed;
    }
    const auto trainer = m_store.hasActiveRole(actor, trainerUserId, {"trainer", "trainer_admin"});
    if (!trainer) {
        return trainer.error();
    }
    if (!*trainer) {
        return noSuchResource();
    }
    return m_store.assignClient(actor, clientId, trainerUserId);
}

Status ClientAssignmentService::unassign(const Actor& actor, const std::string& clientId,
                                         const std::string& trainerUserId)
{
    if (Status allowed = authorizeAssignment(actor, clientId, trainerUserId); !allowed) {
        return allowed;
    }
    return m_store.unassignClient(actor, clientId, trainerUserId);
}

Status ClientAssignmentService::authorizeAssignment(const Actor& actor, const std::string& clientId,
                                                    const std::string& trainerUserId)
{
    const auto visible = m_store.clientVisible(actor, clientId);
    if (!visible) {
        return visible.error();
    }
    if (!*visible) {
        return noSuchResource();
    }
    // Row-level security showed the client: for a manager that means they administer it.
    Relation relation{Scope::Organization};
    if (actor.role == Role::Manager) {
        relation = relation.with(Scope::ManagedLocation);
    }
    if (actor.role == Role::TrainerAdmin) {
        const auto team = m_store.teamIncludes(actor, trainerUserId);
        if (!team) {
            return team.error();
        }
        if (*team) {
            relation = relation.with(Scope::Team);
        }
    }
    return authorize(actor, Action::Assign, Resource::Client, relation);
}

} // namespace fitflow::service
