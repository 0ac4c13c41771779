// pull: a fresh device's initial sync. Logging in (and the store's Argon2id key derivation) is
// done before the clock starts; the peak-RSS counter is reset then too, so the reported growth
// is what pulling and applying pages costs. RSS is sampled after every applied page to show
// whether memory stays flat as the store fills.

#include "tests/bench/sync/BenchClock.h"
#include "tests/bench/sync/DeviceLoginArguments.h"
#include "tests/bench/sync/ProcessMemory.h"
#include "tests/bench/sync/SyncBenchmarks.h"

#include <algorithm>
#include <vector>

namespace fitflow::bench {

namespace {

// RSS after the page at `fraction` of all pages (1-based rank, so 0.1 of 100 pages is page 10).
std::int64_t residentAtFraction(const std::vector<std::int64_t>& perPage, double fraction)
{
    const auto rank = static_cast<std::size_t>(fraction * static_cast<double>(perPage.size()));
    return perPage[std::clamp<std::size_t>(rank, 1, perPage.size()) - 1];
}

} // namespace

fitflow::Result<nlohmann::json> runPullBenchmark(const BenchArguments& arguments)
{
    auto login = deviceLoginFrom(arguments);
    if (!login) {
        return login.error();
    }
    auto expected = arguments.number("expect", 0, 100'000'000);
    if (!expected) {
        return expected.error();
    }
    auto device = BenchDevice::createAndLogin(*login);
    if (!device) {
        return device.error();
    }
    std::vector<std::int64_t> residentPerPage;
    (*device)->engine().setProgressCallback(
        [&](const std::string& phase, const desktop::SyncReport&) {
            if (phase == "pull") {
                residentPerPage.push_back(sampleProcessMemory().residentKib);
            }
        });
    residentPerPage.reserve(1024);
    const bool peakReset = resetPeakResident();
    const MemorySample before = sampleProcessMemory();
    const BenchTime start = benchNow();
    auto report = (*device)->engine().syncOnce();
    const BenchTime end = benchNow();
    const MemorySample after = sampleProcessMemory();
    if (!report) {
        return report.error();
    }
    if (report->pulled < *expected || residentPerPage.empty()) {
        return makeError("bench_invalid", "pulled " + std::to_string(report->pulled) +
                                              " rows; expected at least " +
                                              std::to_string(*expected));
    }
    const double seconds = secondsBetween(start, end);
    const auto [lowest, highest] =
        std::minmax_element(residentPerPage.begin(), residentPerPage.end());
    return nlohmann::json{{"benchmark", "pull"},
                          {"connection", (*device)->connectionName()},
                          {"rows", report->pulled},
                          {"pages", residentPerPage.size()},
                          {"pull_s", seconds},
                          {"rows_per_s", report->pulled / seconds},
                          {"rss_before_kib", before.residentKib},
                          {"rss_after_first_page_kib", residentPerPage.front()},
                          {"rss_at_10pct_pages_kib", residentAtFraction(residentPerPage, 0.1)},
                          {"rss_at_50pct_pages_kib", residentAtFraction(residentPerPage, 0.5)},
                          {"rss_after_last_page_kib", residentPerPage.back()},
                          {"rss_min_over_pages_kib", *lowest},
                          {"rss_max_over_pages_kib", *highest},
                          {"peak_reset", peakReset},
                          {"peak_growth_kib", after.peakKib - before.residentKib}};
}

} // namespace fitflow::bench
