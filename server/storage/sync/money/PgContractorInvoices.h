#pragma once
// The rules of a trainer's contractor invoice to the organization (migration 0019): it is sent
// by a trainer or trainer_admin whose membership covers the location where the services were
// supplied, only its issuer issues, voids, credits or records payments on it, and at issue the
// server snapshots the issuer's own GST/HST and QST numbers as the supplier's.

#include "server/storage/sync/SyncMutationActor.h"
#include "server/storage/sync/money/PgInvoiceState.h"
#include "shared/core/Result.h"
#include "shared/permissions/Role.h"

#include <string>

namespace pqxx {
class transaction_base;
} // namespace pqxx

namespace fitflow::storage::money {

// Makes the actor's trainer (or trainer_admin) membership that covers `locationId` the
// transaction's acting role. Errors: `not_found` at op.location_id (no such location),
// `forbidden` (no trainer membership of the organization covers it).
Result<Role> actAsContractor(pqxx::transaction_base& transaction, const SyncMutationActor& actor,
                             const std::string& locationId);

// `forbidden` when `invoice` is a contractor invoice the actor did not issue (owner included);
// client invoices pass.
Status requireIssuingTrainer(const InvoiceState& invoice, const SyncMutationActor& actor);

// The answer for an invoice `lockInvoice` did not find: `forbidden` when the acting role reads it
// but may not change it (a manager and a contractor invoice of their location), else `not_found`
// at `path`.
Error invoiceNotWritable(pqxx::transaction_base& transaction, const std::string& orgId,
                         const std::string& id, const std::string& path = {});

} // namespace fitflow::storage::money
