#include "server/app/AuditConfig.h"
#include "server/app/CommandLine.h"

#include <gtest/gtest.h>

#include <map>

namespace fitflow::app {

namespace {

EnvLookup environment(std::map<std::string, std::string> variables)
{
    return [variables = std::move(variables)](const std::string& name) {
        const auto found = variables.find(name);
        return found == variables.end() ? std::nullopt : std::optional<std::string>(found->second);
    };
}

} // namespace

TEST(AuditCommandLine, KnowsVerifyAndCheckpoint)
{
    EXPECT_EQ(parseCommandLine({"audit", "verify"}).value(), Command::AuditVerify);
    EXPECT_EQ(parseCommandLine({"audit", "checkpoint"}).value(), Command::AuditCheckpoint);
    for (const auto& arguments : std::vector<std::vector<std::string_view>>{
             {"audit"}, {"audit", "verfiy"}, {"audit", "verify", "--all"}, {"verify"}}) {
        const auto command = parseCommandLine(arguments);
        ASSERT_FALSE(command.ok());
        EXPECT_EQ(command.error().code, "usage");
    }
    EXPECT_NE(usageText().find("audit verify"), std::string::npos);
    EXPECT_NE(usageText().find("FITFLOW_AUDIT_CHECKPOINT_FILE"), std::string::npos);
}

TEST(AuditConfig, UsesTheOwnerUrlAndAnOptionalCheckpointFile)
{
    const auto none = loadAuditConfig(environment({}));
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().path, "FITFLOW_MIGRATION_DATABASE_URL");

    const auto config = loadAuditConfig(
        environment({{"FITFLOW_MIGRATION_DATABASE_URL", "postgresql://owner@db/fitflow"},
                     {"FITFLOW_AUDIT_CHECKPOINT_FILE", "/var/lib/fitflow/audit.jsonl"}}));
    ASSERT_TRUE(config) << config.error().message;
    EXPECT_EQ(config->databaseUrl, "postgresql://owner@db/fitflow");
    EXPECT_EQ(config->checkpointFile, "/var/lib/fitflow/audit.jsonl");
}

TEST(AuditConfig, ServeCheckpointsOnlyWithAFileAndASaneInterval)
{
    EXPECT_EQ(loadAuditCheckpointSchedule(environment({})).value(), std::nullopt);

    const auto byDefault =
        loadAuditCheckpointSchedule(environment({{"FITFLOW_AUDIT_CHECKPOINT_FILE", "/a"}}));
    ASSERT_TRUE(byDefault && *byDefault);
    EXPECT_EQ((*byDefault)->interval, std::chrono::seconds(300));

    const auto chosen = loadAuditCheckpointSchedule(environment(
        {{"FITFLOW_AUDIT_CHECKPOINT_FILE", "/a"}, {"FITFLOW_AUDIT_CHECKPOINT_SECONDS", "2"}}));
    ASSERT_TRUE(chosen && *chosen);
    EXPECT_EQ((*chosen)->interval, std::chrono::seconds(2));

    for (const char* bad : {"0", "-5", "5m", "86401"}) {
        const auto refused = loadAuditCheckpointSchedule(environment(
            {{"FITFLOW_AUDIT_CHECKPOINT_FILE", "/a"}, {"FITFLOW_AUDIT_CHECKPOINT_SECONDS", bad}}));
        ASSERT_FALSE(refused) << bad;
        EXPECT_EQ(refused.error().path, "FITFLOW_AUDIT_CHECKPOINT_SECONDS");
    }
}

} // namespace fitflow::app
