// A fresh `seed-demo` leaves a non-empty chain that `audit verify` accepts; a second run adds
// nothing.

#include "tests/integration/audit/AuditTestDatabase.h"
#include "tests/support/server/ServerProcess.h"
#include "tests/support/server/TempDirectory.h"

namespace fitflow::test {

namespace {

class AuditSeedDemo : public AuditTestDatabase {
protected:
    ProcessOutput run(const std::vector<std::string>& arguments)
    {
        return ServerProcess::run(FITFLOW_SERVER_BINARY, arguments,
                                  {{"FITFLOW_MIGRATION_DATABASE_URL", database().ownerUrl()},
                                   {"FITFLOW_DEMO_PASSWORD", "integration-demo-pw"}},
                                  m_work.path());
    }

    TempDirectory m_work{"fitflow-audit-seed"};
};

} // namespace

TEST_F(AuditSeedDemo, SeedingIsAuditedOncePerOrganizationAndUser)
{
    const ProcessOutput seeded = run({"seed-demo"});
    ASSERT_EQ(seeded.exitCode, 0) << seeded.err;
    const long long organizations = superuserCount("SELECT count(*) FROM organizations");
    const long long users = superuserCount("SELECT count(*) FROM users");
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events WHERE action = "
                             "'organization.created' AND object_id = org_id"),
              organizations);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events WHERE action = 'user.created' "
                             "AND org_id IS NULL AND object_id IN (SELECT id FROM users)"),
              users);

    ASSERT_EQ(run({"seed-demo"}).exitCode, 0);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events"), organizations + users);

    const ProcessOutput verified = run({"audit", "verify"});
    EXPECT_EQ(verified.exitCode, 0) << verified.out << verified.err;
    EXPECT_NE(
        verified.out.find("audit chain ok: " + std::to_string(organizations + users) + " events"),
        std::string::npos)
        << verified.out;
}

} // namespace fitflow::test
