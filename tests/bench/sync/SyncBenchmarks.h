#pragma once
// The client-side sync measurements of bench_sync_client. Each returns one JSON object of
// numbers (seconds, rows, KiB, milliseconds) for run-sync-bench.sh's table, or the error that
// made the run meaningless (a rejected mutation, fewer rows than expected, an HTTP error).
// Times are wall-clock from the client's side, over TLS, through the real client libraries.

#include "tests/bench/sync/BenchArguments.h"

#include <nlohmann/json.hpp>

namespace fitflow::bench {

// push: a new device writes --count clients through LocalChanges (row + outbox), then
// SyncEngine::syncOnce pushes them in 200-mutation batches. Options: --store --server --ca
// --email --org --count; password from FITFLOW_PASSWORD.
fitflow::Result<nlohmann::json> runPushBenchmark(const BenchArguments& arguments);

// pull: a new device's initial sync (every page applied in its own store transaction) with the
// process's RSS sampled after each page. Options: --store --server --ca --email --expect.
fitflow::Result<nlohmann::json> runPullBenchmark(const BenchArguments& arguments);

// nothing-new: --requests pulls with the up-to-date cursor of a store made by `pull`, each
// timed, then a few whole syncOnce rounds. Options: --store --org --requests.
fitflow::Result<nlohmann::json> runNothingNewBenchmark(const BenchArguments& arguments);

// apply: the client's share of an initial pull without a server: --rows clients in pages of
// 1,000 applied through PullApplier as one snapshot into a new store at --store; --passes 2
// applies them again over the existing rows.
fitflow::Result<nlohmann::json> runApplyBenchmark(const BenchArguments& arguments);

} // namespace fitflow::bench
