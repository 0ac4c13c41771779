#pragma once
// The SyncJob of the desktop app: opens the encrypted store on the scheduler's worker thread
// (its own SQLCipher connection; the GUI's store thread keeps its own) and runs SyncEngine
// rounds with the store's account. The transport and session live as long as the job, so an
// access token is reused between rounds instead of refreshed every time.

#include "desktop/storage/LocalStore.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/sync/CurlTransport.h"
#include "desktop/sync/ServerSession.h"
#include "desktop/sync/SyncScheduler.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace fitflow::desktop {

class StoreSyncJob final : public SyncJob {
public:
    // The passphrase is used to open the store on the first round and then wiped.
    StoreSyncJob(QString databasePath, QByteArray passphrase,
                 PhysicalClock physical = systemPhysicalClock());
    ~StoreSyncJob() override;

    SyncRoundOutcome runRound() override;

private:
    fitflow::Status prepare();

    QString m_databasePath;
    QByteArray m_passphrase;
    PhysicalClock m_physical;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncStateRepository> m_state;
    std::unique_ptr<CurlTransport> m_transport;
    std::unique_ptr<ServerSession> m_session;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace fitflow::desktop
