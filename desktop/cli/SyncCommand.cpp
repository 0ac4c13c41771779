// fitflow-cli sync --store PATH: pushes the outbox, then pulls every organization of the user,
// retrying transient failures (network, 503, 429) a few times with backoff and jitter. Prints
// the counts; exits 0 only when everything is synced (nothing left in the outbox).

#include "desktop/cli/CliOutput.h"
#include "desktop/cli/ClockOffset.h"
#include "desktop/cli/Commands.h"
#include "desktop/cli/ExitCode.h"
#include "desktop/cli/OpenStore.h"
#include "desktop/storage/OutboxRepository.h"
#include "desktop/sync/CurlTransport.h"
#include "desktop/sync/RetryPolicy.h"
#include "desktop/sync/SyncEngine.h"

#include <thread>

namespace fitflow::cli {

namespace {

constexpr int kMaxAttempts = 5;

QString describe(const desktop::SyncReport& report, qint64 pending)
{
    return QStringLiteral("pushed %1 (rejected %2), pulled %3, removed %4, organizations %5, "
                          "pending %6\n")
        .arg(report.pushed)
        .arg(report.rejected)
        .arg(report.pulled)
        .arg(report.removed)
        .arg(report.organizations)
        .arg(pending);
}

} // namespace

int runSync(const CommandInvocation& invocation)
{
    OpenedStore opened = openStore(invocation);
    if (!opened.store) {
        return opened.exitCode;
    }
    const QSqlDatabase db = opened.store->database();
    desktop::SyncStateRepository state(db);
    auto account = state.account();
    if (!account) {
        printError(QStringLiteral("cannot read the account"), account.error());
        return kExitFailure;
    }
    if (!*account || (*account)->refreshToken.empty()) {
        printError(QStringLiteral("this store is not logged in; run 'fitflow-cli login' first"));
        return kExitFailure;
    }
    auto physical = physicalClockFromEnvironment();
    if (!physical) {
        printError(QStringLiteral("cannot read the clock"), physical.error());
        return kExitUsage;
    }
    desktop::CurlTransport transport((*account)->caCertPath);
    desktop::ServerSession session(transport, state, **account);
    desktop::SyncEngine engine(db, session, std::move(*physical));
    const desktop::RetryPolicy retry;

    desktop::SyncReport total;
    for (int attempt = 0;; ++attempt) {
        auto report = engine.syncOnce();
        if (report) {
            total.pushed += report->pushed;
            total.rejected += report->rejected;
            total.pulled += report->pulled;
            total.removed += report->removed;
            total.organizations = report->organizations;
            break;
        }
        if (!desktop::isTransientSyncError(report.error().code) || attempt + 1 >= kMaxAttempts) {
            printError(QStringLiteral("sync failed"), report.error());
            return kExitFailure;
        }
        const auto wait = retry.delay(attempt, engine.retryAfter());
        printError(QStringLiteral("%1; retrying in %2 ms")
                       .arg(QString::fromStdString(report.error().message))
                       .arg(wait.count()));
        std::this_thread::sleep_for(wait);
    }
    auto pending = desktop::OutboxRepository(db).pendingCount();
    if (!pending) {
        printError(QStringLiteral("cannot read the outbox"), pending.error());
        return kExitFailure;
    }
    printOut(describe(total, *pending));
    return *pending == 0 ? kExitOk : kExitFailure;
}

} // namespace fitflow::cli
