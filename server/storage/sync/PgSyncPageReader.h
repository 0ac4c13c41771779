#pragma once
// Reads one pull page inside a repeatable-read transaction: per entity, the rows after the
// keyset position that the entity's acting role may see (row-level security is the scope
// filter), merged into (version, entity, id) order. Renders each row in its wire shape.

#include "server/service/sync/SyncStore.h"

namespace pqxx {
class transaction_base;
} // namespace pqxx

namespace fitflow::storage {

// Up to `maxRows` rows after `start`; throws pqxx exceptions.
std::vector<sync::PulledRow> readPulledRows(pqxx::transaction_base& transaction,
                                            const sync::PullScope& scope,
                                            const sync::PullPosition& start, int maxRows);

} // namespace fitflow::storage
