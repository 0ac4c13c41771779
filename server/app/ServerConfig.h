#pragma once
// fitflow-server is configured by environment variables only (12-factor; secrets never on the
// command line). Each command loads just the variables it needs; a bad or missing one is an
// `invalid_config` error whose path names the variable and whose message never echoes secrets.

#include "server/http/HttpServerOptions.h"
#include "shared/core/Result.h"

#include <functional>
#include <optional>
#include <string>

namespace fitflow::app {

// Reads one variable; std::nullopt when unset. Injected so tests need not touch the process env.
using EnvLookup = std::function<std::optional<std::string>(const std::string& name)>;

EnvLookup processEnvironment();

inline constexpr const char* kDefaultDemoPassword = "fitflow-demo-2026";

struct ServeConfig {
    std::string databaseUrl; // FITFLOW_DATABASE_URL (application role)
    http::HttpServerOptions http;
};

struct MigrationConfig {
    std::string databaseUrl; // FITFLOW_MIGRATION_DATABASE_URL (migration-owner role)
};

struct SeedConfig {
    std::string databaseUrl; // FITFLOW_MIGRATION_DATABASE_URL
    std::string demoPassword;
    bool demoPasswordFromEnvironment = false;
};

Result<ServeConfig> loadServeConfig(const EnvLookup& env);
Result<MigrationConfig> loadMigrationConfig(const EnvLookup& env);
Result<SeedConfig> loadSeedConfig(const EnvLookup& env);

} // namespace fitflow::app
