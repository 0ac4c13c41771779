#pragma once
// A fresh PostgreSQL database for one test, owned by the migration-owner role and dropped
// afterwards, on the throwaway cluster that ./test.sh starts (FITFLOW_TEST_PG_* variables).
// PgTestFixture skips when the cluster is absent, or fails when FITFLOW_REQUIRE_PG=1.

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::test {

struct PgTestEnvironment {
    std::string host;
    std::string port;
    std::string superuser;
    std::string superuserPassword;
    std::string ownerRole;
    std::string ownerPassword;
    std::string appRole;
    std::string appPassword;

    // std::nullopt when any FITFLOW_TEST_PG_* variable is missing.
    static std::optional<PgTestEnvironment> fromProcess();
    // FITFLOW_REQUIRE_PG=1: a missing cluster is a failure, not a skip.
    static bool required();
};

class PgTestDatabase {
public:
    // Creates `fitflow_test_<random>` owned by the owner role; only the app role may connect
    // besides it. Throws on failure (test code only).
    explicit PgTestDatabase(PgTestEnvironment environment);
    ~PgTestDatabase(); // drops the database, ending any connection still open
    PgTestDatabase(const PgTestDatabase&) = delete;
    PgTestDatabase& operator=(const PgTestDatabase&) = delete;

    const std::string& name() const { return m_name; }
    std::string ownerUrl() const;
    std::string appUrl() const;
    std::string superuserUrl() const; // superuser, connected to this test database
    const PgTestEnvironment& environment() const { return m_environment; }

    // Public tables that have an org_id column (the tenant tables), by name.
    std::vector<std::string> tenantTables() const;

    // A URL for the app role on a loopback port where nothing listens.
    static std::string deadUrl();

private:
    std::string url(const std::string& role, const std::string& password,
                    const std::string& database) const;

    PgTestEnvironment m_environment;
    std::string m_name;
};

// Fixture base: a fresh database per test in database().
class PgTestFixture : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;
    PgTestDatabase& database() { return *m_database; }

private:
    std::unique_ptr<PgTestDatabase> m_database;
};

// An unused loopback TCP port (bound then released; good enough for "nothing listens here").
int unusedLoopbackPort();

} // namespace fitflow::test
