#pragma once
// The commands of fitflow-server, wired from config, storage, service and http.
// Each returns the process exit status: 0 success, 1 runtime failure, 2 bad configuration/usage.

#include "server/app/CommandLine.h"
#include "server/app/ServerConfig.h"

#include <ostream>

namespace fitflow::app {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// `out` gets results (and the access log for serve); `err` gets diagnostics.
int runCommand(Command command, const EnvLookup& env, std::ostream& out, std::ostream& err);

int runServe(const EnvLookup& env, std::ostream& out, std::ostream& err);
int runMigrate(const EnvLookup& env, std::ostream& out, std::ostream& err);
int runSeedDemo(const EnvLookup& env, std::ostream& out, std::ostream& err);
// Writes a new JWT key file at `outputPath` and prints its kid.
int runKeysGenerate(const std::string& outputPath, std::ostream& out, std::ostream& err);

} // namespace fitflow::app
