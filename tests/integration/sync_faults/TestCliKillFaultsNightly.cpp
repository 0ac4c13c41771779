// Nightly run of the kill -9 scenario (CliKillScenario.h): 1,000 kills. Skipped, before any
// server starts, unless FITFLOW_NIGHTLY=1, so a plain ctest run of everything stays short.

#include "tests/integration/sync_faults/CliKillScenario.h"

#include <cstdlib>

namespace fitflow::test {
namespace {

class CliKillFaultsNightly : public CliKillFaults {
protected:
    void SetUp() override
    {
        if (std::getenv("FITFLOW_NIGHTLY") == nullptr) {
            GTEST_SKIP() << "the 1,000-kill run is nightly: set FITFLOW_NIGHTLY=1";
        }
        CliKillFaults::SetUp();
    }
};

TEST_F(CliKillFaultsNightly, ThousandKillsDuringWritesAndSyncLoseAndDuplicateNothing)
{
    runKillScenario(1000);
}

} // namespace
} // namespace fitflow::test
