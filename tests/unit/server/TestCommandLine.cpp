#include "server/app/CommandLine.h"

#include <gtest/gtest.h>

using fitflow::app::Command;
using fitflow::app::parseCommandLine;

TEST(ServerCommandLine, KnowsEveryCommand)
{
    EXPECT_EQ(parseCommandLine({"serve"}).value(), Command::Serve);
    EXPECT_EQ(parseCommandLine({"migrate"}).value(), Command::Migrate);
    EXPECT_EQ(parseCommandLine({"seed-demo"}).value(), Command::SeedDemo);
    EXPECT_EQ(parseCommandLine({"--help"}).value(), Command::Help);
    EXPECT_EQ(parseCommandLine({"--version"}).value(), Command::Version);
}

TEST(ServerCommandLine, RefusesMissingUnknownAndExtraArguments)
{
    for (const auto& arguments : std::vector<std::vector<std::string_view>>{
             {}, {"serv"}, {"--port=1"}, {"serve", "--database-url=postgres://x"}}) {
        const auto command = parseCommandLine(arguments);
        ASSERT_FALSE(command.ok());
        EXPECT_EQ(command.error().code, "usage");
    }
}

TEST(ServerCommandLine, UsageNamesTheCommandsAndTheEnvironment)
{
    const std::string usage = fitflow::app::usageText();
    for (const char* word : {"serve", "migrate", "seed-demo", "FITFLOW_DATABASE_URL",
                             "FITFLOW_MIGRATION_DATABASE_URL", "FITFLOW_TLS_CERT"}) {
        EXPECT_NE(usage.find(word), std::string::npos) << word;
    }
}
