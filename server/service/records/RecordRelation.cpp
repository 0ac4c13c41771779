#include "server/service/records/RecordRelation.h"

#include <algorithm>

namespace fitflow::service {

namespace {

bool contains(const std::vector<std::string>& ids, const std::string& id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// A manager whose membership lists no locations manages the whole organization.
bool managesAny(const Actor& actor, const std::vector<std::string>& locationIds)
{
    if (actor.role != Role::Manager) {
        return false;
    }
    if (actor.locationIds.empty()) {
        return true;
    }
    return std::any_of(locationIds.begin(), locationIds.end(),
                       [&](const std::string& id) { return contains(actor.locationIds, id); });
}

bool isPortalUser(const Actor& actor, const std::optional<std::string>& portalUserId)
{
    return actor.role == Role::Client && portalUserId == actor.userId;
}

Relation withFact(Relation relation, bool holds, Scope fact)
{
    return holds ? relation.with(fact) : relation;
}

} // namespace

Relation relationToClient(const Actor& actor, const ClientFacts& client)
{
    Relation relation{Scope::Organization};
    relation = withFact(relation, isPortalUser(actor, client.portalUserId), Scope::Own);
    relation =
        withFact(relation, contains(client.trainerUserIds, actor.userId), Scope::AssignedClient);
    relation = withFact(relation, contains(client.trainerTeamLeadIds, actor.userId), Scope::Team);
    return withFact(relation, managesAny(actor, client.locationIds), Scope::ManagedLocation);
}

Relation relationToNote(const Actor& actor, const NoteRow& note)
{
    Relation relation{Scope::Organization};
    relation = withFact(relation, note.authorUserId == actor.userId, Scope::Own);
    relation = withFact(relation, contains(note.authorTeamLeadIds, actor.userId), Scope::Team);
    relation = withFact(relation, contains(note.client.trainerUserIds, actor.userId),
                        Scope::AssignedClient);
    return withFact(relation,
                    note.sharedWithClient && isPortalUser(actor, note.client.portalUserId),
                    Scope::SharedWithClient);
}

Relation relationToSession(const Actor& actor, const SessionRow& session)
{
    Relation relation{Scope::Organization};
    const bool own =
        session.trainerUserId == actor.userId ||
        (actor.role == Role::Client && contains(session.participantPortalUserIds, actor.userId));
    relation = withFact(relation, own, Scope::Own);
    relation = withFact(relation, contains(session.trainerTeamLeadIds, actor.userId), Scope::Team);
    return withFact(relation, managesAny(actor, {session.locationId}), Scope::ManagedLocation);
}

Relation relationToInvoice(const Actor& actor, const InvoiceRow& invoice)
{
    Relation relation{Scope::Organization};
    const bool own =
        invoice.trainerUserId == actor.userId || isPortalUser(actor, invoice.client.portalUserId);
    relation = withFact(relation, own, Scope::Own);
    relation = withFact(relation, contains(invoice.trainerTeamLeadIds, actor.userId), Scope::Team);
    return withFact(relation, managesAny(actor, invoice.client.locationIds),
                    Scope::ManagedLocation);
}

} // namespace fitflow::service
