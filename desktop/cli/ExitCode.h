#pragma once
// Process exit codes of fitflow-cli; scripts and tests depend on them.

namespace fitflow::cli {

enum ExitCode : int {
    kExitOk = 0,      // success; for checks: no problems found
    kExitFailure = 1, // the command ran and failed, or a check found problems
    kExitUsage = 2,   // bad command line, or no passphrase supplied
};

} // namespace fitflow::cli
