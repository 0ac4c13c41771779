// `fitflow-server seed-demo` on a migrated database: idempotent, Argon2id hashes of the demo
// password, and the demo world of the brief.

#include "tests/support/server/PgTestDatabase.h"
#include "tests/support/server/ServerProcess.h"
#include "tests/support/server/TempDirectory.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>
#include <sodium.h>

#include <map>

namespace fitflow::test {

namespace {

constexpr const char* kPassword = "integration-demo-pw";

class DemoSeedCommand : public PgTestFixture {
protected:
    ProcessOutput run(const std::string& command)
    {
        return ServerProcess::run(FITFLOW_SERVER_BINARY, {command},
                                  {{"FITFLOW_MIGRATION_DATABASE_URL", database().ownerUrl()},
                                   {"FITFLOW_DEMO_PASSWORD", kPassword}},
                                  m_work.path());
    }

    std::map<std::string, long long> rowCounts()
    {
        auto tables = database().tenantTables();
        tables.insert(tables.end(), {"organizations", "users"});
        pqxx::connection connection(database().superuserUrl());
        pqxx::read_transaction transaction(connection);
        std::map<std::string, long long> counts;
        for (const auto& table : tables) {
            counts[table] =
                transaction.exec1("SELECT count(*) FROM " + transaction.quote_name(table))[0]
                    .as<long long>();
        }
        return counts;
    }

    TempDirectory m_work{"fitflow-seed"};
};

} // namespace

TEST_F(DemoSeedCommand, SecondRunChangesNothing)
{
    ASSERT_EQ(run("migrate").exitCode, 0);
    const ProcessOutput first = run("seed-demo");
    ASSERT_EQ(first.exitCode, 0) << first.err;
    for (const char* login :
         {"owner@demo.fitflow.test", "manager@demo.fitflow.test", "alex@demo.fitflow.test",
          "sam@demo.fitflow.test", "client@demo.fitflow.test"}) {
        EXPECT_NE(first.out.find(login), std::string::npos) << login;
    }
    EXPECT_NE(first.out.find("FITFLOW_DEMO_PASSWORD"), std::string::npos) << first.out;
    EXPECT_EQ(first.out.find(kPassword), std::string::npos) << "a chosen password is not echoed";
    const auto afterFirst = rowCounts();
    EXPECT_GT(afterFirst.at("sessions"), 0);

    const ProcessOutput second = run("seed-demo");
    ASSERT_EQ(second.exitCode, 0) << second.err;
    EXPECT_NE(second.out.find("already seeded"), std::string::npos) << second.out;
    EXPECT_EQ(rowCounts(), afterFirst);
}

TEST_F(DemoSeedCommand, EveryLoginHasAnArgon2idHashOfTheDemoPassword)
{
    ASSERT_EQ(run("migrate").exitCode, 0);
    ASSERT_EQ(run("seed-demo").exitCode, 0);
    ASSERT_GE(sodium_init(), 0);
    pqxx::connection connection(database().superuserUrl());
    pqxx::read_transaction transaction(connection);
    const auto users = transaction.exec("SELECT email, password_hash FROM users ORDER BY email");
    ASSERT_EQ(users.size(), 5U);
    std::set<std::string> hashes;
    for (const auto& user : users) {
        const std::string hash = user[1].as<std::string>();
        EXPECT_TRUE(hash.starts_with("$argon2id$")) << user[0].as<std::string>();
        EXPECT_EQ(crypto_pwhash_str_verify(hash.c_str(), kPassword, std::strlen(kPassword)), 0)
            << user[0].as<std::string>();
        EXPECT_NE(crypto_pwhash_str_verify(hash.c_str(), "wrong", 5), 0);
        hashes.insert(hash);
    }
    EXPECT_EQ(hashes.size(), 5U) << "each hash has its own salt";
}

TEST_F(DemoSeedCommand, LoadsTheDemoWorldOfTheBrief)
{
    ASSERT_EQ(run("migrate").exitCode, 0);
    ASSERT_EQ(run("seed-demo").exitCode, 0);
    pqxx::connection connection(database().superuserUrl());
    pqxx::read_transaction transaction(connection);
    const auto count = [&](const std::string& sql) {
        return transaction.exec1(sql)[0].as<long long>();
    };
    EXPECT_EQ(count("SELECT count(*) FROM locations l JOIN organizations o ON o.id = l.org_id "
                    "WHERE (o.name, l.name, l.province, l.time_zone) IN ("
                    "('Northside Strength', 'Toronto', 'ON', 'America/Toronto'),"
                    "('Northside Strength', 'Montréal', 'QC', 'America/Toronto'),"
                    "('Alex Rivera Coaching', 'Vancouver', 'BC', 'America/Vancouver'))"),
              3);
    EXPECT_EQ(count("SELECT count(*) FROM organizations o JOIN memberships m ON m.org_id = o.id "
                    "JOIN users u ON u.id = m.user_id WHERE o.province = 'BC' "
                    "AND u.email = 'alex@demo.fitflow.test' AND m.role = 'owner'"),
              1);
    EXPECT_EQ(
        count("SELECT count(*) FROM clients c JOIN users u ON u.id = c.user_id "
              "JOIN client_trainers t ON t.org_id = c.org_id AND t.client_id = c.id "
              "JOIN users a ON a.id = t.trainer_user_id "
              "WHERE u.email = 'client@demo.fitflow.test' AND a.email = 'alex@demo.fitflow.test'"),
        1);
    EXPECT_GE(count("SELECT count(*) FROM clients"), 18);
    EXPECT_GT(count("SELECT count(*) FROM sessions WHERE starts_at < now()"), 0);
    EXPECT_GT(count("SELECT count(*) FROM sessions WHERE starts_at > now()"), 0);
    // Drafts and issued invoices, made like a device's: a draft the shared engine computed the
    // stored totals from, at a location, billed by a trainer; two settled by a full payment, and
    // both suppliers have the registration numbers their taxes need.
    EXPECT_EQ(count("SELECT count(DISTINCT status) FROM invoices"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM invoices WHERE draft IS NULL OR totals IS NULL "
                    "OR location_id IS NULL OR trainer_user_id IS NULL "
                    "OR (totals->>'total_cents')::bigint <> total_cents"),
              0);
    EXPECT_EQ(count("SELECT count(*) FROM payments p JOIN invoices i ON i.org_id = p.org_id "
                    "AND i.id = p.invoice_id WHERE p.amount_cents = i.total_cents"),
              2);
    EXPECT_EQ(count("SELECT count(*) FROM organizations WHERE gst_hst_number IS NULL"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM invoices i WHERE total_cents <> "
                    "(SELECT sum(amount_cents) FROM invoice_lines l WHERE l.org_id = i.org_id "
                    "AND l.invoice_id = i.id) + tax_cents"),
              0);
    // Alex's weekly hours at each of his three locations (the calendar shades the rest at once).
    EXPECT_EQ(count("SELECT count(DISTINCT a.location_id) FROM availability a "
                    "JOIN users u ON u.id = a.trainer_user_id "
                    "WHERE u.email = 'alex@demo.fitflow.test' "
                    "AND jsonb_array_length(a.weekly_rules) > 0"),
              3);
    EXPECT_EQ(count("SELECT count(DISTINCT weekly_rules) FROM availability"), 3);
}

TEST_F(DemoSeedCommand, BeforeMigrateItFailsAndSaysSo)
{
    const ProcessOutput result = run("seed-demo");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("migrate"), std::string::npos) << result.err;
}

} // namespace fitflow::test
