#include "desktop/core/StoreSessionSyncJob.h"

#include "desktop/core/StoreSession.h"
#include "desktop/core/invoices/InvoiceNumberTopUp.h"
#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/sync/CurlTransport.h"

#include <future>
#include <memory>

namespace fitflow::desktop {

namespace {

SyncRoundOutcome failed(const fitflow::Error& error,
                        std::optional<std::chrono::seconds> retryAfter = std::nullopt)
{
    SyncRoundOutcome outcome;
    outcome.result.ok = false;
    outcome.result.errorCode = error.code;
    outcome.result.retryAfter = retryAfter;
    outcome.message = error.message;
    return outcome;
}

} // namespace

StoreSessionSyncJob::StoreSessionSyncJob(StoreSession& session)
    : m_session(session)
{
}

SyncRoundOutcome StoreSessionSyncJob::roundOn(const QSqlDatabase& db)
{
    SyncStateRepository state(db);
    auto account = state.account();
    SyncRoundOutcome outcome;
    if (!account) {
        outcome = failed(account.error());
    } else if (!*account || (*account)->refreshToken.empty()) {
        outcome = failed(fitflow::makeError("login_required", "this store is not signed in"));
    } else {
        // A fresh session per round: the connection may have been closed and reopened since.
        CurlTransport transport((*account)->caCertPath);
        ServerSession server(transport, state, **account);
        SyncEngine engine(db, server);
        if (auto report = engine.syncOnce(); report) {
            outcome.result.ok = true;
            outcome.report = *report;
            // Online now: reserve invoice numbers where this device runs low, and fetch them in
            // a second pass, so issuing works the next time it is offline. A failure here leaves
            // the round a success (its data synced); the next round tries again.
            if (auto queued = InvoiceNumberTopUp::queueReservations(db); queued && *queued > 0) {
                if (auto topUp = engine.syncOnce(); topUp) {
                    outcome.report.pushed += topUp->pushed;
                    outcome.report.rejected += topUp->rejected;
                    outcome.report.pulled += topUp->pulled;
                    outcome.report.removed += topUp->removed;
                    outcome.report.resnapshots += topUp->resnapshots;
                }
            }
        } else {
            outcome = failed(report.error(), engine.retryAfter());
        }
    }
    if (auto pending = OutboxRepository(db).pendingCount(); pending) {
        outcome.pending = *pending;
    }
    return outcome;
}

SyncRoundOutcome StoreSessionSyncJob::runRound()
{
    auto promise = std::make_shared<std::promise<SyncRoundOutcome>>();
    std::future<SyncRoundOutcome> answer = promise->get_future();
    m_session.postToStore([promise](LocalStore* store) {
        promise->set_value(
            store ? roundOn(store->database())
                  : failed(fitflow::makeError("store_closed", "the store is not open")));
    });
    return answer.get();
}

} // namespace fitflow::desktop
