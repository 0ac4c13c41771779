// `fitflow-server create-org` and `create-user` through the real binary with the owner's
// database URL: printed ids, validation (exit 2, nothing written), audit, and the new logins
// working against the API. Passwords come from FITFLOW_PASSWORD or stdin, never argv.
#include "tests/integration/orgadmin/OrgAdminFixture.h"
#include "tests/support/server/TempDirectory.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace fitflow::test {
namespace {

constexpr const char* kPassword = "a long enough pass phrase 7";

class AdminCommands : public OrgAdminFixture {
protected:
    ProcessOutput runAdmin(const std::vector<std::string>& arguments,
                           const std::string& password = {})
    {
        Environment environment{{"FITFLOW_MIGRATION_DATABASE_URL", database().ownerUrl()}};
        if (!password.empty()) {
            environment["FITFLOW_PASSWORD"] = password;
        }
        return ServerProcess::run(FITFLOW_SERVER_BINARY, arguments, environment, m_work.path());
    }

    // create-user with the password piped on stdin (a file), through the shell.
    int runWithStdin(const std::string& arguments, const std::string& password, std::string& out)
    {
        const std::string input = m_work.path() + "/password.txt";
        const std::string output = m_work.path() + "/out.txt";
        std::ofstream(input) << password << '\n';
        const std::string command = "env -u FITFLOW_PASSWORD FITFLOW_MIGRATION_DATABASE_URL='" +
                                    database().ownerUrl() + "' '" + FITFLOW_SERVER_BINARY + "' " +
                                    arguments + " < '" + input + "' > '" + output + "' 2>/dev/null";
        const int status = std::system(command.c_str());
        std::stringstream text;
        text << std::ifstream(output).rdbuf();
        out = text.str();
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

    static std::string firstLine(const std::string& text)
    {
        return text.substr(0, text.find('\n'));
    }

    TempDirectory m_work{"fitflow-admin-commands"};
};

TEST_F(AdminCommands, CreateOrgPrintsTheIdAndRefusesBadInput)
{
    const long long before = superuserCount("SELECT count(*) FROM organizations");
    for (const auto& bad : std::vector<std::vector<std::string>>{
             {"create-org", "--name", "Lakeside", "--province", "XX"},
             {"create-org", "--name", "Lakeside", "--province", "BC", "--kind", "gym"},
             {"create-org", "--province", "BC"},
             {"create-org", "--name", "Lakeside", "--province", "BC", "--colour", "red"},
             {"create-org", "--name", "Lakeside", "--province"}}) {
        const auto done = runAdmin(bad);
        EXPECT_EQ(done.exitCode, 2) << bad.back() << ": " << done.err;
    }
    EXPECT_EQ(superuserCount("SELECT count(*) FROM organizations"), before);

    const auto done = runAdmin(
        {"create-org", "--name", "Lakeside Yoga", "--province", "BC", "--kind", "practice"});
    ASSERT_EQ(done.exitCode, 0) << done.err;
    const std::string id = firstLine(done.out);
    EXPECT_EQ(superuserText("SELECT name || '/' || kind || '/' || province FROM organizations "
                            "WHERE id = '" +
                            id + "'"),
              "Lakeside Yoga/practice/BC");
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events WHERE action = "
                             "'organization.create' AND object_id = '" +
                             id + "'"),
              1);
}

TEST_F(AdminCommands, CreateUserMakesNewUsersAndGivesExistingOnesTheMembership)
{
    const auto org = runAdmin({"create-org", "--name", "Lakeside Yoga", "--province", "BC"});
    ASSERT_EQ(org.exitCode, 0) << org.err;
    const std::string orgId = firstLine(org.out);

    // Weak password, bad role, unknown organization: nothing written.
    EXPECT_EQ(
        runAdmin({"create-user", "--email", "lee@example.test", "--org", orgId, "--role", "owner"},
                 "short")
            .exitCode,
        2);
    EXPECT_EQ(
        runAdmin({"create-user", "--email", "lee@example.test", "--org", orgId, "--role", "boss"},
                 kPassword)
            .exitCode,
        2);
    EXPECT_EQ(runAdmin({"create-user", "--email", "lee@example.test", "--org",
                        "01900000-0000-7000-8000-000000000000", "--role", "owner"},
                       kPassword)
                  .exitCode,
              1);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM users WHERE email = 'lee@example.test'"), 0);

    const auto created = runAdmin({"create-user", "--email", "Lee@Example.test", "--org", orgId,
                                   "--role", "owner", "--display-name", "Lee Park"},
                                  kPassword);
    ASSERT_EQ(created.exitCode, 0) << created.err;
    EXPECT_EQ(firstLine(created.out), userId("lee@example.test"));
    const auto signedIn = login("lee@example.test", kPassword);
    ASSERT_EQ(statusOf(signedIn), 200);
    const std::string leeToken = bodyOf(signedIn)["access_token"];
    EXPECT_EQ(statusOf(getAs(leeToken, orgPath(orgId, "/members"))), 200);

    // An existing email gains the membership; no password is needed or changed.
    const auto existing =
        runAdmin({"create-user", "--email", kSam, "--org", orgId, "--role", "trainer"});
    ASSERT_EQ(existing.exitCode, 0) << existing.err;
    EXPECT_EQ(firstLine(existing.out), userId(kSam));
    EXPECT_EQ(statusOf(getAs(accessTokenFor(kSam), orgPath(orgId, "/locations"))), 200);

    // The password may be piped on stdin.
    std::string out;
    ASSERT_EQ(
        runWithStdin("create-user --email kim@example.test --org " + orgId + " --role trainer",
                     kPassword, out),
        0);
    EXPECT_EQ(firstLine(out), userId("kim@example.test"));
    EXPECT_EQ(statusOf(login("kim@example.test", kPassword)), 200);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM audit_events WHERE action = "
                             "'membership.create' AND org_id = '" +
                             orgId + "'"),
              3);
}

} // namespace
} // namespace fitflow::test
