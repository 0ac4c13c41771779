#include "server/storage/MigrationRunner.h"

#include "server/storage/ConnectionString.h"
#include "server/storage/MigrationPlan.h"
#include "server/storage/PgErrors.h"

#include <pqxx/pqxx>

namespace fitflow::storage {

namespace {

// Arbitrary but fixed: every fitflow-server migrator contends for this one advisory lock.
constexpr long long kMigrationLockKey = 0x466974466c6f77; // "FitFlow"
constexpr int kConnectTimeoutSeconds = 5;

constexpr const char* kCreateMigrationsTable = R"sql(
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    integer     PRIMARY KEY CHECK (version > 0),
    name       text        NOT NULL,
    checksum   text        NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
    applied_at timestamptz NOT NULL DEFAULT now()
))sql";

std::vector<AppliedMigration> readApplied(pqxx::connection_base& connection)
{
    pqxx::read_transaction transaction(connection);
    std::vector<AppliedMigration> applied;
    for (const auto& row :
         transaction.exec("SELECT version, name, checksum FROM schema_migrations")) {
        applied.push_back({row[0].as<int>(), row[1].as<std::string>(), row[2].as<std::string>()});
    }
    return applied;
}

void apply(pqxx::connection_base& connection, const Migration& migration)
{
    pqxx::work transaction(connection);
    transaction.exec(migration.sql);
    transaction.exec_params(
        "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)",
        migration.version, migration.name, migration.checksum);
    transaction.commit();
}

} // namespace

MigrationRunner::MigrationRunner(std::string databaseUrl, std::vector<Migration> migrations)
    : m_databaseUrl(std::move(databaseUrl))
    , m_migrations(std::move(migrations))
{
}

Result<MigrationReport> MigrationRunner::run()
{
    std::string step = "connect to PostgreSQL";
    try {
        pqxx::connection connection(withConnectTimeout(m_databaseUrl, kConnectTimeoutSeconds));
        step = "take the migration lock";
        pqxx::nontransaction(connection)
            .exec_params("SELECT pg_advisory_lock($1)", kMigrationLockKey);
        step = "create schema_migrations";
        pqxx::nontransaction(connection).exec(kCreateMigrationsTable);
        step = "read schema_migrations";
        auto pending = planPendingMigrations(m_migrations, readApplied(connection));
        if (!pending) {
            return pending.error();
        }
        MigrationReport report;
        report.alreadyApplied = m_migrations.size() - pending->size();
        for (const auto& migration : *pending) {
            step = "apply migration " + std::to_string(migration.version) + "_" + migration.name;
            apply(connection, migration);
            report.applied.push_back(migration);
        }
        // Closing the connection releases the advisory lock.
        return report;
    } catch (...) {
        return errorFromCurrentException(step);
    }
}

} // namespace fitflow::storage
