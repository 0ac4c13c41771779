// Integration run of the kill -9 scenario (CliKillScenario.h): at least 100 kills of fitflow-cli
// during local writes and syncs, seeded (FITFLOW_FAULT_SEED repeats a run).

#include "tests/integration/sync_faults/CliKillScenario.h"

namespace fitflow::test {
namespace {

TEST_F(CliKillFaults, HundredKillsDuringWritesAndSyncLoseAndDuplicateNothing)
{
    runKillScenario(100);
}

} // namespace
} // namespace fitflow::test
