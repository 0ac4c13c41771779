// apply: the client's share of an initial pull, without a server or a network: pages of --rows
// clients shaped like the server's pull answers (fields with HLC stamps, trainer ids) applied
// through PullApplier into a new encrypted store as one snapshot, pages of 1,000 rows, each in
// its own transaction. Only the apply calls are timed (wall and process CPU time). --passes 2
// applies the same snapshot again over the existing rows (a re-snapshot after a reset: the update
// path).

#include "desktop/storage/LocalStore.h"
#include "desktop/sync/PullApplier.h"
#include "shared/sync/Hlc.h"
#include "tests/bench/sync/BenchClock.h"
#include "tests/bench/sync/BenchDevice.h"
#include "tests/bench/sync/ProcessMemory.h"
#include "tests/bench/sync/SampleClients.h"
#include "tests/bench/sync/SyncBenchmarks.h"

#include <array>
#include <cstdio>
#include <ctime>
#include <vector>

namespace fitflow::bench {

namespace {

constexpr int kPageRows = 1000;
const std::string kOrgId = "01900000-0000-7000-8000-00000000b0b0";
const std::string kServerDevice = "01900000-0000-7000-8000-00000000d0d0";
const std::string kTrainerId = "01900000-0000-7000-8000-00000000e0e0";

std::string clientId(int index)
{
    std::array<char, 40> id{};
    std::snprintf(id.data(), id.size(), "01900000-0000-7000-8000-%012x", index + 1);
    return id.data();
}

nlohmann::json pageOf(int first, int rows, int total, const std::string& stamp)
{
    nlohmann::json changes = nlohmann::json::array();
    for (int index = first; index < first + rows; ++index) {
        const nlohmann::json values = sampleClientFields(index);
        nlohmann::json fields = nlohmann::json::object();
        for (const auto& [name, value] : values.items()) {
            fields[name] = {{"value", value}, {"stamp", stamp}};
        }
        changes.push_back(
            {{"entity", "client"},
             {"id", clientId(index)},
             {"version", index + 1},
             {"record", {{"fields", fields}, {"deleted", nullptr}, {"undeleted", nullptr}}},
             {"trainer_ids", nlohmann::json::array({kTrainerId})}});
    }
    return {{"changes", std::move(changes)},
            {"removed", nlohmann::json::array()},
            {"cursor", "cursor-" + std::to_string(first + rows)},
            {"has_more", first + rows < total},
            {"snapshot", true}};
}

} // namespace

fitflow::Result<nlohmann::json> runApplyBenchmark(const BenchArguments& arguments)
{
    auto storePath = arguments.text("store");
    if (!storePath) {
        return storePath.error();
    }
    auto rows = arguments.number("rows", 1, 10'000'000);
    if (!rows) {
        return rows.error();
    }
    auto passes = arguments.textOr("passes", "").empty() ? fitflow::Result<long long>(1)
                                                         : arguments.number("passes", 1, 10);
    if (!passes) {
        return passes.error();
    }
    auto store = desktop::LocalStore::create(QString::fromStdString(*storePath),
                                             QByteArray(kBenchPassphrase));
    if (!store) {
        return store.error();
    }
    const int total = static_cast<int>(*rows);
    desktop::PullApplier applier((*store)->database(), desktop::systemPhysicalClock());
    nlohmann::json results = nlohmann::json::array();
    for (long long pass = 0; pass < *passes; ++pass) {
        const std::string stamp =
            sync::Hlc{Instant{std::chrono::milliseconds{1'780'000'000'000 + pass}}, 0,
                      kServerDevice}
                .toString();
        std::vector<std::int64_t> residentPerPage;
        const bool peakReset = resetPeakResident();
        const MemorySample before = sampleProcessMemory();
        double applySeconds = 0;
        std::clock_t applyCpu = 0; // process CPU time: on a shared machine wall time is load
        int applied = 0;
        for (int first = 0; first < total; first += kPageRows) {
            const nlohmann::json page =
                pageOf(first, std::min(kPageRows, total - first), total, stamp);
            const BenchTime start = benchNow();
            const std::clock_t cpuStart = std::clock();
            auto counts = applier.apply(kOrgId, page,
                                        first == 0 ? desktop::SnapshotTracking::Start
                                                   : desktop::SnapshotTracking::Continue);
            applySeconds += secondsBetween(start, benchNow());
            applyCpu += std::clock() - cpuStart;
            if (!counts) {
                return counts.error();
            }
            applied += counts->applied;
            residentPerPage.push_back(sampleProcessMemory().residentKib);
        }
        const MemorySample after = sampleProcessMemory();
        if (applied != total) {
            return makeError("bench_invalid", "applied " + std::to_string(applied) + " of " +
                                                  std::to_string(total) + " rows");
        }
        results.push_back(
            {{"pass", pass + 1},
             {"apply_s", applySeconds},
             {"ms_per_row", applySeconds * 1000.0 / total},
             {"cpu_s", static_cast<double>(applyCpu) / CLOCKS_PER_SEC},
             {"cpu_ms_per_row", static_cast<double>(applyCpu) * 1000.0 / CLOCKS_PER_SEC / total},
             {"rss_before_kib", before.residentKib},
             {"rss_after_first_page_kib", residentPerPage.front()},
             {"rss_at_50pct_pages_kib", residentPerPage[residentPerPage.size() / 2]},
             {"rss_after_last_page_kib", residentPerPage.back()},
             {"peak_reset", peakReset},
             {"peak_growth_kib", after.peakKib - before.residentKib}});
    }
    return nlohmann::json{{"benchmark", "apply"}, {"rows", total}, {"passes", results}};
}

} // namespace fitflow::bench
