#include "server/storage/sync/money/PgContractorInvoices.h"

#include "server/storage/TenantTransaction.h"

#include <pqxx/pqxx>

#include <algorithm>
#include <array>

namespace fitflow::storage::money {

namespace {

bool holds(const SyncMutationActor& actor, Role role)
{
    return std::ranges::find(actor.heldRoles, role) != actor.heldRoles.end();
}

// Whether the actor's active `role` membership covers the location (a membership that lists
// no locations covers the whole organization). Runs under that role, which sees its own rows.
bool membershipCovers(pqxx::transaction_base& tx, const SyncMutationActor& actor,
                      std::string_view role, const std::string& locationId)
{
    return !tx.exec_params(
                  "SELECT 1 FROM memberships m WHERE m.org_id = $1 AND m.user_id = $2 "
                  "AND m.role = $3 AND (m.ended_at IS NULL OR m.ended_at > now()) "
                  "AND (NOT EXISTS (SELECT 1 FROM membership_locations ml "
                  "                 WHERE ml.org_id = m.org_id AND ml.membership_id = m.id) "
                  "     OR EXISTS (SELECT 1 FROM membership_locations ml "
                  "                WHERE ml.org_id = m.org_id AND ml.membership_id = m.id "
                  "                  AND ml.location_id = $4))",
                  actor.orgId, actor.userId, std::string(role), locationId)
                .empty();
}

} // namespace

Result<Role> actAsContractor(pqxx::transaction_base& tx, const SyncMutationActor& actor,
                             const std::string& locationId)
{
    constexpr std::array kContractorRoles{Role::Trainer, Role::TrainerAdmin};
    bool locationSeen = false;
    for (const Role role : kContractorRoles) {
        if (!holds(actor, role)) {
            continue;
        }
        const std::string roleName(enumToName(kRoleNames, role));
        setTenantContext(tx, TenantContext{actor.orgId, actor.userId, roleName});
        if (tx.exec_params("SELECT 1 FROM locations WHERE org_id = $1 AND id = $2", actor.orgId,
                           locationId)
                .empty()) {
            continue;
        }
        locationSeen = true;
        if (membershipCovers(tx, actor, roleName, locationId)) {
            return role;
        }
    }
    if (!holds(actor, Role::Trainer) && !holds(actor, Role::TrainerAdmin)) {
        return makeError("forbidden",
                         "only a trainer of the organization invoices it as a contractor");
    }
    if (!locationSeen) {
        return makeError("not_found", "no such location", "op.location_id");
    }
    return makeError("forbidden", "your trainer membership does not cover this location",
                     "op.location_id");
}

Status requireIssuingTrainer(const InvoiceState& invoice, const SyncMutationActor& actor)
{
    if (invoice.isToOrganization() && invoice.trainerUserId != actor.userId) {
        return makeError("forbidden", "only the trainer who issued a contractor invoice may "
                                      "change it, record its payments or credit it");
    }
    return {};
}

Error invoiceNotWritable(pqxx::transaction_base& tx, const std::string& orgId,
                         const std::string& id, const std::string& path)
{
    const auto readable = tx.exec_params(
        "SELECT 1 FROM invoices WHERE org_id = $1 AND id = $2 AND recipient_kind = 'organization'",
        orgId, id);
    if (!readable.empty()) {
        return Error{"forbidden",
                     "only the trainer who issued a contractor invoice may change it, record its "
                     "payments or credit it",
                     path};
    }
    return Error{"not_found", "no such invoice", path};
}

} // namespace fitflow::storage::money
