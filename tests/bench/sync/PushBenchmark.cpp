// push: how long a device takes to push N locally written client records to the server.
// The device first syncs once (the organization must be in its store before records can be
// written to it), writes the records offline, then one syncOnce pushes them in 200-mutation
// batches and pulls them back; the push time ends with the last acknowledged batch.

#include "desktop/sync/LocalChanges.h"
#include "tests/bench/sync/BenchClock.h"
#include "tests/bench/sync/DeviceLoginArguments.h"
#include "tests/bench/sync/SampleClients.h"
#include "tests/bench/sync/SyncBenchmarks.h"

namespace fitflow::bench {

fitflow::Result<nlohmann::json> runPushBenchmark(const BenchArguments& arguments)
{
    auto login = deviceLoginFrom(arguments);
    auto orgId = arguments.text("org");
    auto count = arguments.number("count", 1, 1'000'000);
    for (const Error* problem : {login ? nullptr : &login.error(), orgId ? nullptr : &orgId.error(),
                                 count ? nullptr : &count.error()}) {
        if (problem != nullptr) {
            return *problem;
        }
    }
    auto device = BenchDevice::createAndLogin(*login);
    if (!device) {
        return device.error();
    }
    if (auto first = (*device)->engine().syncOnce(); !first) {
        return first.error();
    }

    desktop::LocalChanges changes((*device)->database());
    const BenchTime writeStart = benchNow();
    for (int i = 0; i < *count; ++i) {
        if (auto added = changes.add("client", *orgId, sampleClientFields(i)); !added) {
            return added.error();
        }
    }
    const double localWriteSeconds = secondsBetween(writeStart, benchNow());

    int batches = 0;
    BenchTime lastAcknowledged{};
    (*device)->engine().setProgressCallback(
        [&](const std::string& phase, const desktop::SyncReport&) {
            if (phase == "push") {
                ++batches;
                lastAcknowledged = benchNow();
            }
        });
    const BenchTime syncStart = benchNow();
    auto report = (*device)->engine().syncOnce();
    const BenchTime syncEnd = benchNow();
    if (!report) {
        return report.error();
    }
    if (report->pushed != *count || report->rejected != 0) {
        return makeError("bench_invalid", "pushed " + std::to_string(report->pushed) + " with " +
                                              std::to_string(report->rejected) +
                                              " rejected; expected " + std::to_string(*count) +
                                              " accepted");
    }
    const double pushSeconds = secondsBetween(syncStart, lastAcknowledged);
    return nlohmann::json{{"benchmark", "push"},
                          {"mutations", *count},
                          {"batches", batches},
                          {"local_write_s", localWriteSeconds},
                          {"push_s", pushSeconds},
                          {"mutations_per_s", *count / pushSeconds},
                          {"sync_total_s", secondsBetween(syncStart, syncEnd)},
                          {"pulled_back", report->pulled}};
}

} // namespace fitflow::bench
