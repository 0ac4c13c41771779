// Row-level security as the application role sees it, on the migrated and seeded demo data:
// no tenant context reads and writes nothing; one organization's context never reaches another's.

#include "server/service/DemoSeeder.h"
#include "server/service/PasswordHasher.h"
#include "server/storage/ConnectionString.h"
#include "server/storage/EmbeddedMigrations.h"
#include "server/storage/MigrationRunner.h"
#include "server/storage/PgDemoDataStore.h"
#include "server/storage/TenantTransaction.h"
#include "tests/support/server/PgTestDatabase.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

namespace fitflow::test {

namespace {

class TenantIsolation : public PgTestFixture {
protected:
    void SetUp() override
    {
        PgTestFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        storage::MigrationRunner runner(
            database().ownerUrl(),
            storage::loadMigrations(storage::embeddedMigrationFiles()).value());
        ASSERT_TRUE(runner.run().ok());
        storage::PgDemoDataStore store(database().ownerUrl());
        const service::PasswordHasher hasher(service::PasswordHashLimits::cheapestForTests());
        service::DemoSeeder seeder(store, hasher);
        const auto seeded =
            seeder.seed("a demo password",
                        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
        ASSERT_TRUE(seeded.ok()) << seeded.error().message;
        m_northside =
            superuserText("SELECT id FROM organizations WHERE name = 'Northside Strength'");
        m_practice =
            superuserText("SELECT id FROM organizations WHERE name = 'Alex Rivera Coaching'");
        // Row-level security checks the acting user's membership, never a role string alone.
        m_northsideOwner =
            superuserText("SELECT id FROM users WHERE email = 'owner@demo.fitflow.test'");
        m_practiceOwner =
            superuserText("SELECT id FROM users WHERE email = 'alex@demo.fitflow.test'");
    }

    std::string superuserText(const std::string& sql)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::read_transaction transaction(connection);
        return transaction.exec1(sql)[0].as<std::string>();
    }

    long long superuserCount(const std::string& table, const std::string& orgId)
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::read_transaction transaction(connection);
        return transaction
            .exec_params1("SELECT count(*) FROM " + transaction.quote_name(table) +
                              " WHERE org_id = $1",
                          orgId)[0]
            .as<long long>();
    }

    std::string m_northside;
    std::string m_practice;
    std::string m_northsideOwner;
    std::string m_practiceOwner;
};

} // namespace

TEST_F(TenantIsolation, WithoutContextTheAppRoleReadsNothing)
{
    ASSERT_GT(superuserCount("clients", m_northside), 0);
    ASSERT_GT(superuserCount("sessions", m_practice), 0);
    pqxx::connection connection(database().appUrl());
    pqxx::read_transaction transaction(connection);
    auto tables = database().tenantTables();
    tables.push_back("organizations");
    for (const auto& table : tables) {
        EXPECT_EQ(transaction.exec1("SELECT count(*) FROM " + transaction.quote_name(table))[0]
                      .as<long long>(),
                  0)
            << table;
    }
}

TEST_F(TenantIsolation, OrganizationContextSeesOnlyItsOwnRows)
{
    pqxx::connection connection(database().appUrl());
    const auto status = storage::runTenantTransaction(
        connection, {m_northside, m_northsideOwner, "owner"},
        [&](pqxx::transaction_base& transaction) {
            for (const auto& table : database().tenantTables()) {
                const auto row = transaction.exec1(
                    "SELECT count(*), count(*) FILTER (WHERE org_id <> '" + m_northside +
                    "'::uuid) FROM " + transaction.quote_name(table));
                EXPECT_EQ(row[0].as<long long>(), superuserCount(table, m_northside)) << table;
                EXPECT_EQ(row[1].as<long long>(), 0) << table << " leaks another organization";
            }
            EXPECT_EQ(transaction.exec1("SELECT count(*) FROM organizations")[0].as<int>(), 1);
            EXPECT_EQ(
                transaction
                    .exec_params1("SELECT count(*) FROM clients WHERE org_id = $1", m_practice)[0]
                    .as<int>(),
                0);
        });
    ASSERT_TRUE(status.ok()) << status.error().message;
}

TEST_F(TenantIsolation, OrganizationContextCannotWriteIntoAnotherOrganization)
{
    const long long before = superuserCount("clients", m_practice);
    pqxx::connection connection(database().appUrl());
    const auto status = storage::runTenantTransaction(
        connection, {m_northside, m_northsideOwner, "owner"},
        [&](pqxx::transaction_base& transaction) {
            transaction.exec_params("INSERT INTO clients (org_id, id, given_name, family_name) "
                                    "VALUES ($1, gen_random_uuid(), 'Mallory', 'Intruder')",
                                    m_practice);
        });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, "database_permission_denied") << status.error().message;
    EXPECT_NE(status.error().message.find("row-level security"), std::string::npos);
    EXPECT_EQ(superuserCount("clients", m_practice), before);
}

TEST_F(TenantIsolation, WithoutContextTheAppRoleWritesNothing)
{
    const long long before = superuserCount("clients", m_northside);
    pqxx::connection connection(database().appUrl());
    EXPECT_THROW(
        {
            pqxx::work transaction(connection);
            transaction.exec_params("INSERT INTO clients (org_id, id, given_name, family_name) "
                                    "VALUES ($1, gen_random_uuid(), 'No', 'Context')",
                                    m_northside);
            transaction.commit();
        },
        pqxx::sql_error);
    pqxx::connection fresh(database().appUrl());
    pqxx::work transaction(fresh);
    const auto updated = transaction.exec("UPDATE clients SET given_name = 'x'");
    EXPECT_EQ(updated.affected_rows(), 0U);
    const auto deleted = transaction.exec("DELETE FROM sessions");
    EXPECT_EQ(deleted.affected_rows(), 0U);
    transaction.commit();
    EXPECT_EQ(superuserCount("clients", m_northside), before);
}

TEST_F(TenantIsolation, ContextEndsWithItsTransaction)
{
    pqxx::connection connection(database().appUrl());
    long long inside = 0;
    ASSERT_TRUE(storage::runTenantTransaction(
                    connection, {m_practice, m_practiceOwner, "owner"},
                    [&](pqxx::transaction_base& transaction) {
                        inside =
                            transaction.exec1("SELECT count(*) FROM clients")[0].as<long long>();
                    })
                    .ok());
    EXPECT_GT(inside, 0);
    // The same (pooled) connection, next request, no context: nothing visible, and no error
    // from the now-empty setting.
    pqxx::read_transaction next(connection);
    EXPECT_EQ(next.exec1("SELECT count(*) FROM clients")[0].as<long long>(), 0);
}

} // namespace fitflow::test
