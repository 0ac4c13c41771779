// The fitflow-server command line as a user meets it (no database needed).

#include "tests/support/server/ServerProcess.h"
#include "tests/support/server/TempDirectory.h"

#include <gtest/gtest.h>

namespace fitflow::test {

namespace {

ProcessOutput runServer(const std::vector<std::string>& arguments)
{
    const TempDirectory work("fitflow-binary");
    return ServerProcess::run(FITFLOW_SERVER_BINARY, arguments, {}, work.path());
}

} // namespace

TEST(ServerBinary, VersionAndHelpExitZeroOnStdout)
{
    const ProcessOutput version = runServer({"--version"});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out, std::string("fitflow-server ") + FITFLOW_VERSION + "\n");
    const ProcessOutput help = runServer({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("Usage: fitflow-server COMMAND"), std::string::npos) << help.out;
    EXPECT_TRUE(help.err.empty()) << help.err;
}

TEST(ServerBinary, UnknownCommandPrintsUsageOnStderrAndExitsTwo)
{
    for (const auto& arguments :
         std::vector<std::vector<std::string>>{{"frobnicate"}, {}, {"serve", "--port", "1"}}) {
        const ProcessOutput result = runServer(arguments);
        EXPECT_EQ(result.exitCode, 2);
        EXPECT_NE(result.err.find("Usage: fitflow-server COMMAND"), std::string::npos)
            << result.err;
        EXPECT_TRUE(result.out.empty()) << result.out;
    }
}

TEST(ServerBinary, BadNumberInTheEnvironmentExitsTwoNamingIt)
{
    const TempDirectory work("fitflow-binary-env");
    const ProcessOutput result =
        ServerProcess::run(FITFLOW_SERVER_BINARY, {"serve"},
                           {{"FITFLOW_DATABASE_URL", "postgresql://app:pw@127.0.0.1:1/x"},
                            {"FITFLOW_TLS_CERT", FITFLOW_SERVER_BINARY},
                            {"FITFLOW_TLS_KEY", FITFLOW_SERVER_BINARY},
                            {"FITFLOW_PORT", "eighty"}},
                           work.path());
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("FITFLOW_PORT"), std::string::npos) << result.err;
    EXPECT_EQ(result.err.find("pw@"), std::string::npos) << "the database URL is a secret";
}

} // namespace fitflow::test
