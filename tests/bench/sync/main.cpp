// bench_sync_client MODE --option value ...: one client-side sync measurement against a running
// fitflow-server (push, pull or nothing-new; see SyncBenchmarks.h), or the client's share of a
// pull alone (apply, no server). Prints one JSON line on stdout; exits 1 with the reason on
// stderr when the run is not a valid measurement. Run by tests/bench/run-sync-bench.sh, which
// starts the server and seeds the data.

#include "tests/bench/sync/SyncBenchmarks.h"

#include <QCoreApplication>

#include <functional>
#include <iostream>
#include <map>

int main(int argc, char* argv[])
{
    using namespace fitflow::bench;
    QCoreApplication app(argc, argv);
    const std::map<std::string,
                   std::function<fitflow::Result<nlohmann::json>(const BenchArguments&)>>
        modes{{"push", runPushBenchmark},
              {"pull", runPullBenchmark},
              {"nothing-new", runNothingNewBenchmark},
              {"apply", runApplyBenchmark}};
    const auto mode = argc > 1 ? modes.find(argv[1]) : modes.end();
    if (mode == modes.end()) {
        std::cerr << "usage: bench_sync_client push|pull|nothing-new|apply --option value ...\n";
        return 2;
    }
    auto arguments = BenchArguments::parse(std::vector<std::string>(argv + 2, argv + argc));
    if (!arguments) {
        std::cerr << "bench_sync_client: " << arguments.error().message << '\n';
        return 2;
    }
    auto result = mode->second(*arguments);
    if (!result) {
        std::cerr << "bench_sync_client " << mode->first << ": " << result.error().code << ": "
                  << result.error().message << '\n';
        return 1;
    }
    std::cout << result->dump() << std::endl;
    return 0;
}
