#include "server/app/AuditConfig.h"

#include <charconv>

namespace fitflow::app {

namespace {

constexpr const char* kCheckpointFile = "FITFLOW_AUDIT_CHECKPOINT_FILE";
constexpr const char* kCheckpointSeconds = "FITFLOW_AUDIT_CHECKPOINT_SECONDS";
constexpr long long kDefaultCheckpointSeconds = 300;
constexpr long long kMaxCheckpointSeconds = 86400;

std::optional<std::string> nonEmpty(const EnvLookup& env, const char* variable)
{
    auto value = env(variable);
    if (!value || value->empty()) {
        return std::nullopt;
    }
    return value;
}

Result<std::chrono::seconds> checkpointInterval(const EnvLookup& env)
{
    const auto text = nonEmpty(env, kCheckpointSeconds);
    if (!text) {
        return std::chrono::seconds(kDefaultCheckpointSeconds);
    }
    long long seconds = 0;
    const char* end = text->data() + text->size();
    const auto [stop, ec] = std::from_chars(text->data(), end, seconds);
    if (ec != std::errc{} || stop != end || seconds < 1 || seconds > kMaxCheckpointSeconds) {
        return makeError("invalid_config",
                         std::string(kCheckpointSeconds) + " must be a whole number from 1 to " +
                             std::to_string(kMaxCheckpointSeconds) + " (got '" + *text + "')",
                         kCheckpointSeconds);
    }
    return std::chrono::seconds(seconds);
}

} // namespace

Result<AuditConfig> loadAuditConfig(const EnvLookup& env)
{
    auto migration = loadMigrationConfig(env);
    if (!migration) {
        return migration.error();
    }
    return AuditConfig{migration->databaseUrl, nonEmpty(env, kCheckpointFile)};
}

Result<std::optional<AuditCheckpointSchedule>> loadAuditCheckpointSchedule(const EnvLookup& env)
{
    auto file = nonEmpty(env, kCheckpointFile);
    if (!file) {
        return std::optional<AuditCheckpointSchedule>();
    }
    auto interval = checkpointInterval(env);
    if (!interval) {
        return interval.error();
    }
    return std::optional<AuditCheckpointSchedule>(AuditCheckpointSchedule{*file, *interval});
}

} // namespace fitflow::app
