// Nightly run of the kill -9 scenario (CliKillScenario.h): 1,000 kills. Skipped unless
// FITFLOW_NIGHTLY=1, so a plain ctest run of everything stays short.

#include "tests/integration/sync_faults/CliKillScenario.h"

#include <cstdlib>

namespace fitflow::test {
namespace {

TEST_F(CliKillFaults, ThousandKillsDuringWritesAndSyncLoseAndDuplicateNothing)
{
    if (std::getenv("FITFLOW_NIGHTLY") == nullptr) {
        GTEST_SKIP() << "the 1,000-kill run is nightly: set FITFLOW_NIGHTLY=1";
    }
    runKillScenario(1000);
}

} // namespace
} // namespace fitflow::test
