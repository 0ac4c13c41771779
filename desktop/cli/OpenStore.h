#pragma once
// Opens the store named by --store with the passphrase from FITFLOW_PASSPHRASE or
// --passphrase-file, as every store command does, reporting failures on stderr.

#include "desktop/cli/CliCommand.h"
#include "desktop/storage/LocalStore.h"

#include <memory>

namespace fitflow::cli {

struct OpenedStore {
    std::unique_ptr<desktop::LocalStore> store; // null when opening failed
    int exitCode = 0;                           // the exit code to return when it failed
};

OpenedStore openStore(const CommandInvocation& invocation);

} // namespace fitflow::cli
