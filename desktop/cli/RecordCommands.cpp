// fitflow-cli add / update / delete: local changes to clients, sessions and notes through the
// sync write path (row + outbox entry in one transaction). They work offline; `sync` pushes
// them. Bad input (unknown field, wrong type, bad id) writes nothing and exits non-zero.

#include "desktop/cli/CliOutput.h"
#include "desktop/cli/ClockOffset.h"
#include "desktop/cli/Commands.h"
#include "desktop/cli/ExitCode.h"
#include "desktop/cli/OpenStore.h"
#include "desktop/sync/LocalChanges.h"
#include "shared/codec/SafeJsonParser.h"

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

// The write path on the opened store, with the (test-adjustable) clock; null after an error.
std::optional<desktop::LocalChanges> localChanges(const OpenedStore& opened)
{
    auto physical = physicalClockFromEnvironment();
    if (!physical) {
        printError(QStringLiteral("cannot read the clock"), physical.error());
        return std::nullopt;
    }
    return desktop::LocalChanges(opened.store->database(), std::move(*physical));
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
    auto changes = localChanges(opened);
    if (!changes) {
        return kExitUsage;
    }
    auto id = changes->add(invocation.arguments.at(0).toStdString(),
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
    auto changes = localChanges(opened);
    if (!changes) {
        return kExitUsage;
    }
    auto updated = changes->update(invocation.arguments.at(0).toStdString(),
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
