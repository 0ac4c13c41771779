#include "shared/permissions/PermissionMatrix.h"

#include <algorithm>
#include <array>

namespace fitflow {
namespace {

using enum Action;
using R = Resource;
using S = Scope;

// Reading the table: owners see the whole organization, managers their locations, trainers
// their own records and assigned clients, clients themselves. Nobody outside the author (and
// the author's trainer admin, by inheritance) reads notes; a client reads only shared ones.
// super_admin manages organizations and reaches client data only by break-glass, which
// excludes notes: support never needs clinical text.
constexpr std::array kRules{
    // super_admin: the platform operator.
    PermissionRule{Role::SuperAdmin, R::Organization, {Read, Create, Update, Delete}, S::Anywhere},
    PermissionRule{Role::SuperAdmin, R::Location, {Read}, S::Anywhere},
    PermissionRule{Role::SuperAdmin, R::Membership, {Read, Invite}, S::Anywhere},
    PermissionRule{Role::SuperAdmin, R::Device, {Read, Revoke}, S::Anywhere},
    PermissionRule{Role::SuperAdmin, R::AuditEvent, {Read, Export}, S::Anywhere},
    PermissionRule{Role::SuperAdmin, R::Client, {BreakGlassRead}, S::Anywhere},
    PermissionRule{Role::SuperAdmin, R::ClientContact, {BreakGlassRead}, S::Anywhere},
    PermissionRule{Role::SuperAdmin, R::Consent, {BreakGlassRead}, S::Anywhere},
    PermissionRule{Role::SuperAdmin, R::Session, {BreakGlassRead}, S::Anywhere},
    PermissionRule{Role::SuperAdmin, R::Package, {BreakGlassRead}, S::Anywhere},
    PermissionRule{Role::SuperAdmin, R::Invoice, {BreakGlassRead}, S::Anywhere},
    PermissionRule{Role::SuperAdmin, R::Payment, {BreakGlassRead}, S::Anywhere},

    // owner: the whole organization, never notes.
    PermissionRule{Role::Owner, R::Organization, {Read, Update, Export}, S::Organization},
    PermissionRule{Role::Owner, R::Location, {Read, Create, Update, Delete}, S::Organization},
    PermissionRule{Role::Owner, R::Membership, {Read, Invite, Update, Delete}, S::Organization},
    PermissionRule{
        Role::Owner, R::Client, {Read, Create, Update, Delete, Assign, Export}, S::Organization},
    PermissionRule{Role::Owner, R::ClientContact, {Read, Update}, S::Organization},
    PermissionRule{Role::Owner, R::Consent, {Read}, S::Organization},
    PermissionRule{Role::Owner, R::Session, {Read, Create, Update}, S::Organization},
    PermissionRule{Role::Owner, R::Availability, {Read}, S::Organization},
    PermissionRule{Role::Owner, R::Package, {Read, Create, Update, Delete}, S::Organization},
    PermissionRule{
        Role::Owner, R::Invoice, {Read, Create, Update, Issue, Void, Export}, S::Organization},
    PermissionRule{Role::Owner, R::Payment, {Read, Create, Refund}, S::Organization},
    PermissionRule{Role::Owner, R::AuditEvent, {Read, Export}, S::Organization},
    PermissionRule{Role::Owner, R::Device, {Read, Revoke}, S::Organization},

    // manager: reads the organization, administers the locations they manage, never notes.
    PermissionRule{Role::Manager, R::Organization, {Read}, S::Organization},
    PermissionRule{Role::Manager, R::Location, {Read}, S::Organization},
    PermissionRule{Role::Manager, R::Location, {Update}, S::ManagedLocation},
    PermissionRule{Role::Manager, R::Membership, {Read}, S::Organization},
    PermissionRule{Role::Manager, R::Membership, {Invite, Update, Delete}, S::ManagedLocation},
    PermissionRule{Role::Manager, R::Client, {Read, Create, Update, Assign}, S::ManagedLocation},
    PermissionRule{Role::Manager, R::ClientContact, {Read, Update}, S::ManagedLocation},
    PermissionRule{Role::Manager, R::Consent, {Read}, S::ManagedLocation},
    PermissionRule{Role::Manager, R::Session, {Read, Create, Update}, S::ManagedLocation},
    PermissionRule{Role::Manager, R::Availability, {Read}, S::ManagedLocation},
    PermissionRule{Role::Manager, R::Package, {Read, Create, Update}, S::ManagedLocation},
    PermissionRule{
        Role::Manager, R::Invoice, {Read, Create, Update, Issue, Void}, S::ManagedLocation},
    PermissionRule{Role::Manager, R::Payment, {Read, Create, Refund}, S::ManagedLocation},
    PermissionRule{Role::Manager, R::AuditEvent, {Read}, S::ManagedLocation},

    // trainer_admin: their own extras; trainer rows are inherited in decide().
    PermissionRule{Role::TrainerAdmin, R::Membership, {Read}, S::Organization},
    PermissionRule{Role::TrainerAdmin, R::Client, {Assign}, S::Team},

    // trainer: own records and assigned clients.
    PermissionRule{Role::Trainer, R::Organization, {Read}, S::Organization},
    PermissionRule{Role::Trainer, R::Location, {Read}, S::Organization},
    PermissionRule{Role::Trainer, R::Membership, {Read}, S::Own},
    PermissionRule{Role::Trainer, R::Client, {Create}, S::Organization},
    PermissionRule{Role::Trainer, R::Client, {Read, Update}, S::AssignedClient},
    PermissionRule{Role::Trainer, R::ClientContact, {Read, Update}, S::AssignedClient},
    PermissionRule{Role::Trainer, R::Consent, {Read, Create}, S::AssignedClient},
    PermissionRule{Role::Trainer, R::Session, {Read, Create, Update}, S::Own},
    PermissionRule{Role::Trainer, R::Availability, {Read, Create, Update, Delete}, S::Own},
    PermissionRule{Role::Trainer, R::Note, {Create}, S::AssignedClient},
    PermissionRule{Role::Trainer, R::Note, {Read, Update, Delete, Sign, Amend, Share}, S::Own},
    PermissionRule{Role::Trainer, R::Package, {Read, Create, Update}, S::AssignedClient},
    PermissionRule{Role::Trainer, R::Invoice, {Read, Create, Update, Issue, Void}, S::Own},
    PermissionRule{Role::Trainer, R::Payment, {Read, Create, Refund}, S::Own},
    PermissionRule{Role::Trainer, R::AuditEvent, {Read}, S::Own},
    PermissionRule{Role::Trainer, R::Device, {Read, Create, Revoke}, S::Own},

    // client: the portal; reads about themself, edits only contact details and consents.
    PermissionRule{Role::Client, R::Organization, {Read}, S::Organization},
    PermissionRule{Role::Client, R::Location, {Read}, S::Organization},
    PermissionRule{Role::Client, R::Availability, {Read}, S::Organization},
    PermissionRule{Role::Client, R::Client, {Read, Export}, S::Own},
    PermissionRule{Role::Client, R::ClientContact, {Read, Update}, S::Own},
    PermissionRule{Role::Client, R::Consent, {Read, Create, Update}, S::Own},
    PermissionRule{Role::Client, R::Session, {Read, Create, Update}, S::Own},
    PermissionRule{Role::Client, R::Note, {Read}, S::SharedWithClient},
    PermissionRule{Role::Client, R::Package, {Read}, S::Own},
    PermissionRule{Role::Client, R::Invoice, {Read}, S::Own},
    PermissionRule{Role::Client, R::Payment, {Read, Create}, S::Own},
};

// The two rules the product promises above all others, checked when the table compiles.
constexpr bool noAdministratorTouchesNotes()
{
    return std::none_of(kRules.begin(), kRules.end(), [](const PermissionRule& rule) {
        const bool administrator =
            rule.role == Role::Owner || rule.role == Role::Manager || rule.role == Role::SuperAdmin;
        return administrator && rule.resource == R::Note;
    });
}
static_assert(noAdministratorTouchesNotes());

constexpr bool superAdminReadsClientDataOnlyByBreakGlass()
{
    return std::none_of(kRules.begin(), kRules.end(), [](const PermissionRule& rule) {
        const bool clientData = rule.resource == R::Client || rule.resource == R::ClientContact ||
                                rule.resource == R::Consent || rule.resource == R::Session ||
                                rule.resource == R::Note || rule.resource == R::Package ||
                                rule.resource == R::Invoice || rule.resource == R::Payment;
        return rule.role == Role::SuperAdmin && clientData &&
               !(rule.actions.contains(BreakGlassRead) && !rule.actions.contains(Read));
    });
}
static_assert(superAdminReadsClientDataOnlyByBreakGlass());

bool tableAllows(Role role, Action action, Resource resource, Relation relation)
{
    return std::any_of(kRules.begin(), kRules.end(), [&](const PermissionRule& rule) {
        return rule.role == role && rule.resource == resource && rule.actions.contains(action) &&
               relation.holds(rule.scope);
    });
}

// A trainer_admin acts as a trainer on their team's records: a team record counts as the
// trainer's own record and as concerning an assigned client. Signing stays with the author.
bool inheritedFromTeam(Action action, Resource resource, Relation relation)
{
    if (!relation.holds(Scope::Team) || action == Sign) {
        return false;
    }
    const Relation asTeamMember = relation.with(Scope::Own).with(Scope::AssignedClient);
    return tableAllows(Role::Trainer, action, resource, asTeamMember);
}

} // namespace

std::span<const PermissionRule> permissionRules()
{
    return kRules;
}

Decision decide(Role role, Action action, Resource resource, Relation relation)
{
    bool allowed = tableAllows(role, action, resource, relation);
    if (role == Role::TrainerAdmin) {
        allowed = allowed || tableAllows(Role::Trainer, action, resource, relation) ||
                  inheritedFromTeam(action, resource, relation);
    }
    if (!allowed) {
        return Decision::Deny;
    }
    return action == BreakGlassRead ? Decision::AllowAudited : Decision::Allow;
}

} // namespace fitflow
