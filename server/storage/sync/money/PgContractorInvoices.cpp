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

std::optional<std::string> textOf(const pqxx::field& field)
{
    return field.is_null() ? std::nullopt : std::optional<std::string>(field.as<std::string>());
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

Result<SupplierNumbers> contractorSupplierNumbers(pqxx::transaction_base& tx,
                                                  const std::string& trainerUserId,
                                                  const invoice::InvoiceDraft& draft)
{
    const auto rows = tx.exec_params(
        "SELECT gst_hst_number, qst_number FROM users WHERE id = $1::uuid", trainerUserId);
    SupplierNumbers onRecord;
    if (!rows.empty()) {
        onRecord = SupplierNumbers{textOf(rows[0][0]), textOf(rows[0][1])};
    }
    if (draft.supplier.gstHstRegistered && !onRecord.gstHst) {
        return makeError("invalid_value",
                         "the invoice charges GST/HST as a registered supplier: register your "
                         "GST/HST number in your profile first",
                         "op.supplier");
    }
    if (draft.supplier.qstRegistered && !onRecord.qst) {
        return makeError("invalid_value",
                         "the invoice charges QST as a registered supplier: register your QST "
                         "number in your profile first",
                         "op.supplier");
    }
    return SupplierNumbers{draft.supplier.gstHstRegistered ? onRecord.gstHst : std::nullopt,
                           draft.supplier.qstRegistered ? onRecord.qst : std::nullopt};
}

void storeSupplierNumbers(pqxx::transaction_base& tx, const std::string& orgId,
                          const std::string& id, const SupplierNumbers& numbers)
{
    const auto valueOf = [](const std::optional<std::string>& number) {
        return number ? number->c_str() : nullptr;
    };
    tx.exec_params("UPDATE invoices SET supplier_gst_hst_number = $3, supplier_qst_number = $4 "
                   "WHERE org_id = $1 AND id = $2",
                   orgId, id, valueOf(numbers.gstHst), valueOf(numbers.qst));
}

} // namespace fitflow::storage::money
