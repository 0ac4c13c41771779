// nothing-new: the steady state of a synced device. Each timed request is one POST
// /api/v1/sync/pull with the device's current cursor through the client's own transport (a new
// TLS connection per request, as the engine does); the server's own time for the same requests
// comes from its access log (run-sync-bench.sh). Then whole syncOnce rounds (push of an empty
// outbox, GET /me, pull) are timed as a user would see them.

#include "tests/bench/sync/BenchClock.h"
#include "tests/bench/sync/BenchDevice.h"
#include "tests/bench/sync/LatencySummary.h"
#include "tests/bench/sync/SyncBenchmarks.h"

#include <vector>

namespace fitflow::bench {

namespace {

constexpr int kSyncRounds = 5;

nlohmann::json summaryJson(const LatencySummary& summary)
{
    return {{"count", summary.count},
            {"min_ms", summary.minMs},
            {"median_ms", summary.medianMs},
            {"p95_ms", summary.p95Ms},
            {"max_ms", summary.maxMs}};
}

// One pull with `cursor`; returns the next cursor, or an error unless it was an empty page.
fitflow::Result<std::string> pullNothing(desktop::ServerSession& session, const std::string& orgId,
                                         const std::string& cursor)
{
    const nlohmann::json body{
        {"schema_version", 1}, {"org_id", orgId}, {"cursor", cursor}, {"limit", 1000}};
    auto answer = session.post("/api/v1/sync/pull", body);
    if (!answer) {
        return answer.error();
    }
    if (answer->status != 200) {
        return makeError("bench_invalid", "pull answered HTTP " + std::to_string(answer->status) +
                                              ": " + answer->errorMessage());
    }
    if (!answer->body.value("changes", nlohmann::json::array()).empty() ||
        answer->body.value("has_more", true)) {
        return makeError("bench_invalid", "the organization was not idle: the pull sent changes");
    }
    return answer->body.value("cursor", cursor);
}

} // namespace

fitflow::Result<nlohmann::json> runNothingNewBenchmark(const BenchArguments& arguments)
{
    auto storePath = arguments.text("store");
    auto orgId = arguments.text("org");
    auto requests = arguments.number("requests", 1, 100'000);
    for (const Error* problem :
         {storePath ? nullptr : &storePath.error(), orgId ? nullptr : &orgId.error(),
          requests ? nullptr : &requests.error()}) {
        if (problem != nullptr) {
            return *problem;
        }
    }
    auto device = BenchDevice::open(*storePath);
    if (!device) {
        return device.error();
    }
    auto saved = (*device)->state().cursor(*orgId);
    if (!saved) {
        return saved.error();
    }
    if (!*saved) {
        return makeError("bench_invalid", "the store has no cursor for " + *orgId);
    }
    // Untimed: refreshes the access token, which the first request of a session does.
    auto cursor = pullNothing((*device)->session(), *orgId, (*saved)->cursor);
    if (!cursor) {
        return cursor.error();
    }
    std::vector<double> requestMs;
    for (long long i = 0; i < *requests; ++i) {
        const BenchTime start = benchNow();
        cursor = pullNothing((*device)->session(), *orgId, *cursor);
        requestMs.push_back(millisecondsBetween(start, benchNow()));
        if (!cursor) {
            return cursor.error();
        }
    }
    std::vector<double> roundMs;
    for (int i = 0; i < kSyncRounds; ++i) {
        const BenchTime start = benchNow();
        auto report = (*device)->engine().syncOnce();
        roundMs.push_back(millisecondsBetween(start, benchNow()));
        if (!report) {
            return report.error();
        }
        if (report->pulled != 0 || report->pushed != 0) {
            return makeError("bench_invalid", "a nothing-new sync moved rows");
        }
    }
    return nlohmann::json{{"benchmark", "nothing-new"},
                          {"connection", (*device)->connectionName()},
                          {"pull_request", summaryJson(LatencySummary::of(requestMs))},
                          {"sync_round", summaryJson(LatencySummary::of(roundMs))}};
}

} // namespace fitflow::bench
