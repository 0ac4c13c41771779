// `fitflow-server migrate` against a fresh database: idempotence, checksums, refusal of edited
// migrations, concurrent migrators, and the security shape of the schema (RLS, app role).

#include "server/storage/EmbeddedMigrations.h"
#include "server/storage/MigrationRunner.h"
#include "tests/support/server/PgTestDatabase.h"
#include "tests/support/server/ServerProcess.h"
#include "tests/support/server/TempDirectory.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <thread>

namespace fitflow::test {

namespace {

class MigrateCommand : public PgTestFixture {
protected:
    ProcessOutput migrate(const Environment& environment)
    {
        return ServerProcess::run(FITFLOW_SERVER_BINARY, {"migrate"}, environment, m_work.path());
    }
    ProcessOutput migrate()
    {
        return migrate({{"FITFLOW_MIGRATION_DATABASE_URL", database().ownerUrl()}});
    }

    long long scalar(const std::string& url, const std::string& sql)
    {
        pqxx::connection connection(url);
        pqxx::read_transaction transaction(connection);
        return transaction.exec1(sql)[0].as<long long>();
    }

    std::vector<storage::Migration> shipped()
    {
        return storage::loadMigrations(storage::embeddedMigrationFiles()).value();
    }

    TempDirectory m_work{"fitflow-migrate"};
};

} // namespace

TEST_F(MigrateCommand, SecondRunAppliesNothing)
{
    const ProcessOutput first = migrate();
    ASSERT_EQ(first.exitCode, 0) << first.err;
    EXPECT_NE(first.out.find("applied 1 initial_schema"), std::string::npos) << first.out;

    const ProcessOutput second = migrate();
    ASSERT_EQ(second.exitCode, 0) << second.err;
    EXPECT_EQ(second.out.find("applied 1"), std::string::npos) << second.out;
    EXPECT_NE(second.out.find("(0 applied now"), std::string::npos) << second.out;
    EXPECT_EQ(scalar(database().ownerUrl(), "SELECT count(*) FROM schema_migrations"),
              static_cast<long long>(shipped().size()));
}

TEST_F(MigrateCommand, RecordsTheChecksumOfEveryShippedFile)
{
    ASSERT_EQ(migrate().exitCode, 0);
    pqxx::connection connection(database().ownerUrl());
    pqxx::read_transaction transaction(connection);
    for (const auto& migration : shipped()) {
        const auto row = transaction.exec_params1(
            "SELECT name, checksum, applied_at IS NOT NULL FROM schema_migrations "
            "WHERE version = $1",
            migration.version);
        EXPECT_EQ(row[0].as<std::string>(), migration.name);
        EXPECT_EQ(row[1].as<std::string>(), migration.checksum);
        EXPECT_TRUE(row[2].as<bool>());
    }
}

TEST_F(MigrateCommand, EditedAppliedMigrationIsRefused)
{
    ASSERT_EQ(migrate().exitCode, 0);
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work transaction(connection);
        transaction.exec(
            "UPDATE schema_migrations SET checksum = repeat('0', 64) WHERE version = 1");
        transaction.commit();
    }
    const ProcessOutput refused = migrate();
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("changed after it was applied"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("migration_checksum_mismatch"), std::string::npos) << refused.err;
}

TEST_F(MigrateCommand, ConcurrentMigratorsApplyEachFileOnce)
{
    std::vector<Result<storage::MigrationReport>> reports;
    std::mutex mutex;
    std::vector<std::thread> threads;
    for (int i = 0; i < 3; ++i) {
        threads.emplace_back([&] {
            storage::MigrationRunner runner(database().ownerUrl(), shipped());
            auto report = runner.run();
            const std::lock_guard lock(mutex);
            reports.push_back(std::move(report));
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    std::size_t appliedInTotal = 0;
    for (const auto& report : reports) {
        ASSERT_TRUE(report.ok()) << report.error().message;
        appliedInTotal += report->applied.size();
    }
    EXPECT_EQ(appliedInTotal, shipped().size());
}

TEST_F(MigrateCommand, EveryTenantTableHasForcedRowLevelSecurity)
{
    ASSERT_EQ(migrate().exitCode, 0);
    const auto tables = database().tenantTables();
    ASSERT_GE(tables.size(), 9U);
    pqxx::connection connection(database().superuserUrl());
    pqxx::read_transaction transaction(connection);
    auto allTables = tables;
    allTables.push_back("organizations"); // keyed by id, isolated by the same policy
    for (const auto& table : allTables) {
        const auto row = transaction.exec_params1(
            "SELECT relrowsecurity, relforcerowsecurity, "
            "(SELECT count(*) FROM pg_policy WHERE polrelid = c.oid) "
            "FROM pg_class c WHERE relname = $1 AND relnamespace = 'public'::regnamespace",
            table);
        EXPECT_TRUE(row[0].as<bool>()) << table << ": RLS not enabled";
        EXPECT_TRUE(row[1].as<bool>()) << table << ": RLS not forced";
        EXPECT_GE(row[2].as<int>(), 1) << table << ": no policy";
    }
}

TEST_F(MigrateCommand, ApplicationRoleIsUnprivileged)
{
    ASSERT_EQ(migrate().exitCode, 0);
    pqxx::connection connection(database().superuserUrl());
    pqxx::read_transaction transaction(connection);
    const std::string app = database().environment().appRole;
    const auto role = transaction.exec_params1(
        "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1", app);
    EXPECT_FALSE(role[0].as<bool>()) << "app role is superuser";
    EXPECT_FALSE(role[1].as<bool>()) << "app role bypasses RLS";
    EXPECT_EQ(
        transaction
            .exec_params1("SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
                          "WHERE r.rolname = $1",
                          app)[0]
            .as<int>(),
        0)
        << "app role owns a relation";
    const auto privilege = [&](const char* table, const char* action) {
        return transaction
            .exec_params1("SELECT has_table_privilege($1, $2, $3)", app, table, action)[0]
            .as<bool>();
    };
    EXPECT_TRUE(privilege("schema_migrations", "SELECT"));
    EXPECT_FALSE(privilege("schema_migrations", "INSERT"));
    EXPECT_FALSE(privilege("schema_migrations", "UPDATE"));
    EXPECT_TRUE(privilege("clients", "INSERT"));
    // The audit chain is appended only through audit_append(), which computes the hashes.
    EXPECT_FALSE(privilege("audit_events", "INSERT"));
    EXPECT_FALSE(privilege("audit_events", "UPDATE"));
    EXPECT_FALSE(privilege("audit_events", "DELETE"));
    EXPECT_TRUE(transaction
                    .exec_params1("SELECT has_function_privilege($1, "
                                  "'audit_append(uuid,uuid,uuid,text,text,uuid)', 'EXECUTE')",
                                  app)[0]
                    .as<bool>());
    EXPECT_FALSE(privilege("organizations", "DELETE"));
}

TEST_F(MigrateCommand, MissingUrlExitsTwoNamingTheVariable)
{
    const ProcessOutput result = migrate({});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("FITFLOW_MIGRATION_DATABASE_URL"), std::string::npos) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
}

TEST_F(MigrateCommand, UnreachableDatabaseExitsOne)
{
    const ProcessOutput result =
        migrate({{"FITFLOW_MIGRATION_DATABASE_URL", PgTestDatabase::deadUrl()}});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("database_unavailable"), std::string::npos) << result.err;
}

} // namespace fitflow::test
