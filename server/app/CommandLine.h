#pragma once
// The command-line grammar of fitflow-server: one command word (or `audit verify` /
// `audit checkpoint`), or --help / --version.
// Configuration never comes from argv (see ServerConfig.h).

#include "shared/core/Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace fitflow::app {

enum class Command {
    Serve,
    Migrate,
    SeedDemo,
    AuditVerify,
    AuditCheckpoint,
    KeysGenerate,
    CreateOrg,  // options parsed by AdminCommands
    CreateUser, // options parsed by AdminCommands
    Sync,       // subcommand and options parsed by SyncCommands
    Help,
    Version
};

// `arguments` excludes argv[0]. Error `usage` for no, unknown or extra arguments.
Result<Command> parseCommandLine(const std::vector<std::string_view>& arguments);

std::string usageText();

// The FILE of `keys generate --out FILE`; error `usage` for any other shape.
Result<std::string> keysGenerateOutput(const std::vector<std::string_view>& arguments);

} // namespace fitflow::app
