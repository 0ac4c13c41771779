#include "server/app/SyncCommands.h"

#include "server/app/Commands.h"
#include "server/storage/sync/PgSyncMaintenanceStore.h"

#include <charconv>
#include <chrono>
#include <string>

namespace fitflow::app {

namespace {

constexpr const char* kProgram = "fitflow-server: ";

Error usage(const std::string& message)
{
    return makeError("usage", message);
}

// The options of purge-tombstones (after `sync purge-tombstones`).
Result<sync::PurgeRequest> parsePurgeOptions(const std::vector<std::string_view>& options)
{
    sync::PurgeRequest request;
    bool daysGiven = false;
    for (std::size_t i = 0; i < options.size(); ++i) {
        const std::string_view option = options[i];
        if (option == "--force" && !request.force) {
            request.force = true;
            continue;
        }
        if (option != "--older-than-days" || daysGiven) {
            return usage(option == "--force" || option == "--older-than-days"
                             ? std::string(option) + " is given twice"
                             : "unknown option '" + std::string(option) + "'");
        }
        if (i + 1 >= options.size()) {
            return usage("--older-than-days needs a number of days");
        }
        const std::string_view days = options[++i];
        const auto* end = days.data() + days.size();
        const auto parsed = std::from_chars(days.data(), end, request.olderThanDays);
        if (days.empty() || parsed.ec != std::errc{} || parsed.ptr != end) {
            return usage("--older-than-days needs a whole number of days, not '" +
                         std::string(days) + "'");
        }
        daysGiven = true;
    }
    return request;
}

int reportFailure(std::ostream& err, const Error& error)
{
    err << kProgram << error.message << " [" << error.code << "]\n";
    return error.code == "invalid_value" ? kExitUsage : kExitFailure;
}

int runNewEpoch(sync::SyncMaintenanceStore& store, std::ostream& out, std::ostream& err)
{
    const auto renewals = store.renewEpochs();
    if (!renewals) {
        return reportFailure(err, renewals.error());
    }
    for (const auto& renewal : *renewals) {
        out << renewal.orgId << ' ' << renewal.epoch << '\n';
    }
    err << "new sync epoch for " << renewals->size()
        << " organization(s): every device re-snapshots at its next sync\n";
    return kExitOk;
}

int runPurge(const sync::PurgeRequest& request, sync::SyncMaintenanceStore& store,
             std::ostream& out, std::ostream& err)
{
    const auto now =
        std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
    const auto cutoff = sync::tombstoneCutoff(request, now);
    if (!cutoff) {
        return reportFailure(err, cutoff.error());
    }
    const auto purges = store.purgeTombstones(*cutoff);
    if (!purges) {
        return reportFailure(err, purges.error());
    }
    std::int64_t total = 0;
    for (const auto& purge : *purges) {
        out << purge.orgId << " clients=" << purge.clientsPurged
            << " sessions=" << purge.sessionsPurged << " kept=" << purge.kept
            << " horizon=" << purge.tombstoneHorizon << '\n';
        total += purge.clientsPurged + purge.sessionsPurged;
    }
    err << "purged " << total << " tombstone(s) older than " << request.olderThanDays << " days\n";
    return kExitOk;
}

} // namespace

Result<SyncCommandRequest> parseSyncCommand(const std::vector<std::string_view>& arguments)
{
    if (arguments.size() < 2 || arguments[0] != "sync") {
        return usage("sync needs a subcommand: new-epoch or purge-tombstones");
    }
    const std::vector<std::string_view> options(arguments.begin() + 2, arguments.end());
    if (arguments[1] == "new-epoch") {
        if (!options.empty()) {
            return usage("unexpected argument '" + std::string(options.front()) + "'");
        }
        return SyncCommandRequest{SyncOperation::NewEpoch, {}};
    }
    if (arguments[1] == "purge-tombstones") {
        auto purge = parsePurgeOptions(options);
        if (!purge) {
            return purge.error();
        }
        return SyncCommandRequest{SyncOperation::PurgeTombstones, *purge};
    }
    return usage("unknown sync subcommand '" + std::string(arguments[1]) + "'");
}

int runSyncCommand(const std::vector<std::string_view>& arguments, const EnvLookup& env,
                   std::ostream& out, std::ostream& err)
{
    const auto request = parseSyncCommand(arguments);
    if (!request) {
        err << kProgram << request.error().message << '\n';
        return kExitUsage;
    }
    const auto config = loadMigrationConfig(env);
    if (!config) {
        err << kProgram << config.error().message << '\n';
        return kExitUsage;
    }
    storage::PgSyncMaintenanceStore store(config->databaseUrl);
    if (request->operation == SyncOperation::NewEpoch) {
        return runNewEpoch(store, out, err);
    }
    return runPurge(request->purge, store, out, err);
}

} // namespace fitflow::app
