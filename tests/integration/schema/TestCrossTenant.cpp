// Organization A's context against organization B's ids: nothing read, nothing changed, and
// rows carrying B's org_id cannot be written. Without any context, nothing at all.

#include "tests/integration/schema/SchemaFixture.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <utility>
#include <vector>

namespace fitflow::test {

namespace {

using namespace fixture;

// Every role of organization A, acting in A.
std::vector<storage::TenantContext> everyRoleOfA()
{
    return {{kOrgA, kOwnerA, "owner"},
            {kOrgA, kManagerA, "manager"},
            {kOrgA, kTrainerAdminA, "trainer_admin"},
            {kOrgA, kTrainerA1, "trainer"},
            {kOrgA, kClientUserA1, "client"}};
}

// Organization B's rows by table, as (table, id).
std::vector<std::pair<std::string, std::string>> rowsOfB()
{
    return {{"organizations", kOrgB}, {"locations", kLocationB}, {"clients", kClientB},
            {"sessions", kSessionB},  {"notes", kNoteB},         {"invoices", kInvoiceB}};
}

class CrossTenant : public SchemaFixture {};

} // namespace

TEST_F(CrossTenant, OrganizationAReadsNothingOfB)
{
    for (const auto& context : everyRoleOfA()) {
        for (const auto& [table, id] : rowsOfB()) {
            ASSERT_EQ(superuserCount("SELECT count(*) FROM " + table + " WHERE id = '" + id + "'"),
                      1);
            EXPECT_EQ(
                countAs(context, "SELECT count(*) FROM " + table + " WHERE id = '" + id + "'"), 0)
                << context.role << " reads " << table << " " << id;
        }
        for (const auto& table : database().tenantTables()) {
            EXPECT_EQ(countAs(context, "SELECT count(*) FROM " + table + " WHERE org_id = '" +
                                           std::string(kOrgB) + "'"),
                      0)
                << context.role << " reads " << table << " of B";
        }
    }
}

TEST_F(CrossTenant, OrganizationAUpdatesAndDeletesNothingOfB)
{
    for (const auto& context : everyRoleOfA()) {
        EXPECT_EQ(affectedAs(context, "UPDATE clients SET phone = 'x' WHERE id = '" +
                                          std::string(kClientB) + "'"),
                  0)
            << context.role;
        EXPECT_EQ(affectedAs(context, "UPDATE organizations SET name = 'x' WHERE id = '" +
                                          std::string(kOrgB) + "'"),
                  0)
            << context.role;
        EXPECT_EQ(affectedAs(context, "UPDATE notes SET shared_with_client = false WHERE id = '" +
                                          std::string(kNoteB) + "'"),
                  0)
            << context.role;
        EXPECT_EQ(
            affectedAs(context, "DELETE FROM sessions WHERE id = '" + std::string(kSessionB) + "'"),
            0)
            << context.role;
        EXPECT_EQ(affectedAs(context, "DELETE FROM invoice_lines WHERE org_id = '" +
                                          std::string(kOrgB) + "'"),
                  0)
            << context.role;
    }
    EXPECT_EQ(superuserText("SELECT phone IS NULL FROM clients WHERE id = '" +
                            std::string(kClientB) + "'"),
              "t");
    EXPECT_EQ(
        superuserCount("SELECT count(*) FROM sessions WHERE id = '" + std::string(kSessionB) + "'"),
        1);
}

TEST_F(CrossTenant, RowsWithAnotherOrganizationsIdCannotBeInserted)
{
    const storage::TenantContext owner{kOrgA, kOwnerA, "owner"};
    const std::string orgB = std::string("'") + kOrgB + "'";
    const std::vector<std::string> inserts{
        "INSERT INTO clients (org_id, id, given_name, family_name) "
        "VALUES (" +
            orgB + ", gen_random_uuid(), 'Mallory', 'Intruder')",
        "INSERT INTO locations (org_id, id, name, province, time_zone) "
        "VALUES (" +
            orgB + ", gen_random_uuid(), 'Fake', 'BC', 'America/Vancouver')",
        "INSERT INTO packages (org_id, id, client_id, name, credits, price_cents) "
        "VALUES (" +
            orgB + ", gen_random_uuid(), '" + kClientB + "', 'Ten', 10, 50000)",
        "INSERT INTO payments (org_id, id, invoice_id, kind, amount_cents) "
        "VALUES (" +
            orgB + ", gen_random_uuid(), '" + kInvoiceB + "', 'cash', 100)",
        "INSERT INTO memberships (org_id, id, user_id, role) "
        "VALUES (" +
            orgB + ", gen_random_uuid(), '" + kOwnerA + "', 'owner')",
    };
    for (const auto& insert : inserts) {
        EXPECT_NE(errorAs(owner, insert).find("row-level security"), std::string::npos) << insert;
    }
    EXPECT_EQ(superuserCount("SELECT count(*) FROM memberships WHERE org_id = " + orgB), 2);
}

TEST_F(CrossTenant, AUserOfBothOrganizationsSeesOnlyTheOneInContext)
{
    {
        pqxx::connection connection(database().superuserUrl());
        pqxx::work transaction(connection);
        transaction.exec("INSERT INTO memberships (org_id, id, user_id, role) VALUES ('" +
                         std::string(kOrgB) + "', gen_random_uuid(), '" + kOwnerA + "', 'owner')");
        transaction.commit();
    }
    EXPECT_EQ(countAs({kOrgA, kOwnerA, "owner"},
                      "SELECT count(*) FROM clients WHERE org_id = '" + std::string(kOrgB) + "'"),
              0);
    EXPECT_EQ(countAs({kOrgB, kOwnerA, "owner"}, "SELECT count(*) FROM clients"), 1);
    EXPECT_EQ(countAs({kOrgB, kOwnerA, "owner"},
                      "SELECT count(*) FROM clients WHERE org_id = '" + std::string(kOrgA) + "'"),
              0);
}

TEST_F(CrossTenant, WithoutContextNothingIsReadOrWritten)
{
    pqxx::connection connection(database().appUrl());
    {
        pqxx::read_transaction transaction(connection);
        auto tables = database().tenantTables();
        tables.push_back("organizations");
        for (const auto& table : tables) {
            EXPECT_EQ(transaction.exec1("SELECT count(*) FROM " + table)[0].as<long long>(), 0)
                << table;
        }
    }
    {
        pqxx::work transaction(connection);
        EXPECT_EQ(transaction.exec("UPDATE clients SET phone = 'x'").affected_rows(), 0U);
        EXPECT_EQ(transaction.exec("DELETE FROM sessions").affected_rows(), 0U);
        transaction.commit();
    }
    // A user and role without an organization is no context either.
    EXPECT_EQ(countAs({"", kOwnerA, "owner"}, "SELECT count(*) FROM clients"), 0);
    EXPECT_NE(errorAs({"", kOwnerA, "owner"},
                      "INSERT INTO clients (org_id, id, given_name, family_name) VALUES ('" +
                          std::string(kOrgA) + "', gen_random_uuid(), 'No', 'Context')")
                  .find("row-level security"),
              std::string::npos);
}

TEST_F(CrossTenant, PooledConnectionAlternatingTenantsLeaksNothing)
{
    // One connection as a pool would reuse it: A, B, a failing A, then no context (plan T4).
    pqxx::connection connection(database().appUrl());
    const auto clientsSeen = [&](const storage::TenantContext& context) {
        long long orgs = -1;
        const auto status = storage::runTenantTransaction(
            connection, context, [&](pqxx::transaction_base& transaction) {
                orgs = transaction.exec1("SELECT count(DISTINCT org_id) FROM clients")[0]
                           .as<long long>();
            });
        EXPECT_TRUE(status.ok()) << status.error().message;
        return orgs;
    };
    EXPECT_EQ(clientsSeen({kOrgA, kOwnerA, "owner"}), 1);
    EXPECT_EQ(clientsSeen({kOrgB, kOwnerB, "owner"}), 1);
    const auto failed = storage::runTenantTransaction(
        connection, {kOrgA, kOwnerA, "owner"},
        [](pqxx::transaction_base& transaction) { transaction.exec("SELECT 1 / 0"); });
    EXPECT_FALSE(failed.ok());
    pqxx::read_transaction next(connection);
    EXPECT_EQ(next.exec1("SELECT count(*) FROM clients")[0].as<long long>(), 0);
    EXPECT_EQ(next.exec1("SELECT coalesce(current_setting('fitflow.org_id', true), '') || "
                         "coalesce(current_setting('fitflow.user_id', true), '')")[0]
                  .as<std::string>(),
              "");
}

} // namespace fitflow::test
