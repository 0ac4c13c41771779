// fitflow-cli add / update / delete: local changes to clients, sessions and notes through the
// sync write path (row + outbox entry in one transaction). They work offline; `sync` pushes
// them. Bad input (unknown field, wrong type, bad id) writes nothing and exits non-zero, and so
// does completing a session or marking a no-show before it has started (by the CLI's clock).

#include "desktop/cli/CliOutput.h"
#include "desktop/cli/ClockOffset.h"
#include "desktop/cli/Commands.h"
#include "desktop/cli/ExitCode.h"
#include "desktop/cli/OpenStore.h"
#include "desktop/storage/calendar/CalendarQueries.h"
#include "desktop/sync/LocalChanges.h"
#include "shared/codec/SafeJsonParser.h"
#include "shared/codec/TextFormats.h"
#include "shared/scheduling/SessionStateMachine.h"

#include <chrono>

namespace fitflow::cli {

namespace {

// The --json option as a JSON object, or an error printed on stderr.
std::optional<nlohmann::json> readFields(const CommandInvocation& invocation)
{
    auto json = parseJson(invocation.option(QStringLiteral("json")).toStdString());
    if (!json) {
        printError(QStringLiteral("--json is not valid JSON"), json.error());
        return std::nullopt;
    }
    if (!json->is_object()) {
        printError(QStringLiteral("--json must be a JSON object of fields"));
        return std::nullopt;
    }
    return std::move(*json);
}

// The (test-adjustable) clock of local writes; null after an error.
std::optional<desktop::PhysicalClock> cliClock()
{
    auto physical = physicalClockFromEnvironment();
    if (!physical) {
        printError(QStringLiteral("cannot read the clock"), physical.error());
        return std::nullopt;
    }
    return std::move(*physical);
}

// The write path on the opened store, with the CLI's clock; null after an error.
std::optional<desktop::LocalChanges> localChanges(const OpenedStore& opened)
{
    auto physical = cliClock();
    if (!physical) {
        return std::nullopt;
    }
    return desktop::LocalChanges(opened.store->database(), std::move(*physical));
}

// The start of session `id` as stored, or nullopt when it is unknown (the write reports that).
std::optional<std::chrono::sys_seconds> storedStart(const OpenedStore& opened, const QString& id)
{
    auto row = desktop::CalendarQueries(opened.store->database()).session(id);
    if (!row || !*row) {
        return std::nullopt;
    }
    return std::chrono::sys_seconds{std::chrono::seconds{(*row)->start.toSecsSinceEpoch()}};
}

// A session written with status completed or no_show must have started by `now`
// (scheduling::checkStarted); `id` is empty for a new session. The start is the one written, if
// any, else the stored one.
Status checkSessionOutcome(const OpenedStore& opened, const CommandInvocation& invocation,
                           const nlohmann::json& fields, Instant now, const QString& id = {})
{
    const auto status = fields.find("status");
    if (invocation.arguments.at(0) != QLatin1String("session") || status == fields.end() ||
        !status->is_string()) {
        return {};
    }
    const auto to = scheduling::parseStatus(status->get<std::string>());
    if (!to || !scheduling::needsStartedSession(*to)) {
        return {}; // an unknown status is the write's to refuse
    }
    std::optional<std::chrono::sys_seconds> start;
    if (const auto written = fields.find("starts_at");
        written != fields.end() && written->is_string()) {
        if (const auto parsed = parseUtcInstant(written->get<std::string>())) {
            start = std::chrono::floor<std::chrono::seconds>(*parsed);
        }
    } else if (!id.isEmpty()) {
        start = storedStart(opened, id);
    }
    if (!start) {
        return {};
    }
    return scheduling::checkStarted(*to, *start, std::chrono::floor<std::chrono::seconds>(now));
}

QString what(const CommandInvocation& invocation, const QString& verb)
{
    return QStringLiteral("cannot %1 %2").arg(verb, invocation.arguments.join(QLatin1Char(' ')));
}

} // namespace

int runAdd(const CommandInvocation& invocation)
{
    const auto fields = readFields(invocation);
    if (!fields) {
        return kExitUsage;
    }
    OpenedStore opened = openStore(invocation);
    if (!opened.store) {
        return opened.exitCode;
    }
    const auto clock = cliClock();
    if (!clock) {
        return kExitUsage;
    }
    if (auto started = checkSessionOutcome(opened, invocation, *fields, (*clock)()); !started) {
        printError(what(invocation, QStringLiteral("add")), started.error());
        return kExitFailure;
    }
    desktop::LocalChanges changes(opened.store->database(), *clock);
    auto id = changes.add(invocation.arguments.at(0).toStdString(),
                          invocation.option(QStringLiteral("org")).toStdString(), *fields);
    if (!id) {
        printError(what(invocation, QStringLiteral("add")), id.error());
        return kExitFailure;
    }
    printOut(QString::fromStdString(*id) + QLatin1Char('\n'));
    return kExitOk;
}

int runUpdate(const CommandInvocation& invocation)
{
    const auto fields = readFields(invocation);
    if (!fields) {
        return kExitUsage;
    }
    OpenedStore opened = openStore(invocation);
    if (!opened.store) {
        return opened.exitCode;
    }
    const auto clock = cliClock();
    if (!clock) {
        return kExitUsage;
    }
    if (auto started = checkSessionOutcome(opened, invocation, *fields, (*clock)(),
                                           invocation.arguments.at(1));
        !started) {
        printError(what(invocation, QStringLiteral("update")), started.error());
        return kExitFailure;
    }
    desktop::LocalChanges changes(opened.store->database(), *clock);
    auto updated = changes.update(invocation.arguments.at(0).toStdString(),
                                  invocation.arguments.at(1).toStdString(), *fields);
    if (!updated) {
        printError(what(invocation, QStringLiteral("update")), updated.error());
        return kExitFailure;
    }
    return kExitOk;
}

int runDelete(const CommandInvocation& invocation)
{
    OpenedStore opened = openStore(invocation);
    if (!opened.store) {
        return opened.exitCode;
    }
    auto changes = localChanges(opened);
    if (!changes) {
        return kExitUsage;
    }
    auto removed = changes->remove(invocation.arguments.at(0).toStdString(),
                                   invocation.arguments.at(1).toStdString());
    if (!removed) {
        printError(what(invocation, QStringLiteral("delete")), removed.error());
        return kExitFailure;
    }
    return kExitOk;
}

} // namespace fitflow::cli
