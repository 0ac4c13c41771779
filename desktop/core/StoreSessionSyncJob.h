#pragma once
// The desktop's SyncJob for the background SyncScheduler: each round runs on the StoreSession's
// store thread, on the connection the app already has open, so background sync needs neither a
// second connection nor a passphrase kept in memory. The scheduler's worker thread waits for the
// round. A closed store answers "store_closed" (nothing to sync until it is unlocked).

#include "desktop/sync/SyncScheduler.h"

namespace fitflow::desktop {

class StoreSession;

class StoreSessionSyncJob final : public SyncJob {
public:
    explicit StoreSessionSyncJob(StoreSession& session);

    SyncRoundOutcome runRound() override;

    // One round on an open store's connection (store thread): used by this job and SyncRunner.
    static SyncRoundOutcome roundOn(const QSqlDatabase& db);

private:
    StoreSession& m_session;
};

} // namespace fitflow::desktop
