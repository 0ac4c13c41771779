#pragma once
// Applies one money operation (docs/sync-protocol.md, "Money") inside the push transaction, in
// the mutation's organization under the acting role the permission matrix picks for it (row-level
// security checks again), and appends its audit event. The caller (PgSyncStore) wraps it in the
// mutation's savepoint: an Error is a rejection, a pqxx exception is classified by the caller.

#include "server/service/sync/SyncStore.h"
#include "server/service/sync/money/MoneyOperation.h"
#include "shared/core/Result.h"

namespace pqxx {
class transaction_base;
} // namespace pqxx

namespace fitflow::storage::money {

// Rejections: `not_found` (organization, invoice or client not visible), `forbidden`, and the
// operation codes of the contract (`invoice_not_draft`, `overpayment`, `totals_mismatch`, ...).
Status applyMoneyOperation(pqxx::transaction_base& transaction, const sync::PushCommand& command,
                           const sync::money::MoneyOperation& operation);

} // namespace fitflow::storage::money
