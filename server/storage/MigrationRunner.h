#pragma once
// Applies pending migrations to a PostgreSQL database as the migration-owner role. Each file runs
// in its own transaction together with its schema_migrations row, so a failure leaves the
// database at the previous version. An advisory lock makes concurrent migrators take turns.

#include "server/storage/Migration.h"
#include "shared/core/Result.h"

#include <cstddef>
#include <string>
#include <vector>

namespace fitflow::storage {

struct MigrationReport {
    std::vector<Migration> applied; // in the order they ran
    std::size_t alreadyApplied = 0;
};

class MigrationRunner {
public:
    // `migrations` ordered by version (see loadMigrations).
    MigrationRunner(std::string databaseUrl, std::vector<Migration> migrations);

    // Errors: `database_unavailable`, `database_error` (a migration failed: path = its version),
    // plus those of planPendingMigrations.
    Result<MigrationReport> run();

private:
    std::string m_databaseUrl;
    std::vector<Migration> m_migrations;
};

} // namespace fitflow::storage
