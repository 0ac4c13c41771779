#pragma once
// The money rows of one pull page: invoices (with totals, paid, credited and balance), payments,
// and the pulling device's own number blocks, after the keyset position, as the entity's acting
// role may see them (row-level security is the scope filter). Rendered as `values` rows
// (docs/sync-protocol.md, "Money"); the caller merges them into (version, entity, id) order.

#include "server/service/sync/SyncStore.h"

namespace pqxx {
class transaction_base;
} // namespace pqxx

namespace fitflow::storage::money {

// Appends up to `maxRows` rows per money entity to `rows`; throws pqxx exceptions.
void appendMoneyRows(pqxx::transaction_base& transaction, const sync::PullScope& scope,
                     const sync::PullPosition& start, int maxRows,
                     std::vector<sync::PulledRow>& rows);

} // namespace fitflow::storage::money
