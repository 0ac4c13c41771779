#pragma once
// Keeps unlocked key material out of crash dumps: no core files and no ptrace attach by other
// processes of the same user (security test plan §1.8, ASVS 8.3.6).

namespace fitflow::cli {

// Best effort: failures are ignored, the command still runs.
void hardenProcess();

} // namespace fitflow::cli
