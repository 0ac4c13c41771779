#pragma once
// Decides which migrations still have to run, given what the database has recorded. Pure, so
// the refusal rules (changed file, unknown version) are unit-tested without a database.

#include "server/storage/Migration.h"

#include <vector>

namespace fitflow::storage {

// One row of schema_migrations.
struct AppliedMigration {
    int version = 0;
    std::string name;
    std::string checksum;
};

// The migrations of `known` (ordered by version) that are not yet applied, in order.
// Errors: `migration_checksum_mismatch` (an applied file was edited since; path = file version),
// `migration_unknown` (the database has a version this binary does not ship: it is newer).
Result<std::vector<Migration>> planPendingMigrations(const std::vector<Migration>& known,
                                                     const std::vector<AppliedMigration>& applied);

} // namespace fitflow::storage
