#pragma once
// "Sync now" for the desktop until the background SyncScheduler is wired in: one SyncEngine
// round on the store thread (runOnStore), then the counts a user needs (pending changes,
// rejected changes, note conflicts). Reports through statusChanged(); a revoked device (the
// engine has wiped the synced data) through deviceRevoked(). Every finished round tells
// StoreEvents that everything may have changed, so pages reload.

#include "desktop/core/SyncRunStatus.h"

#include <QObject>

namespace fitflow::desktop {

class StoreEvents;
class StoreSession;

class SyncRunner : public QObject {
    Q_OBJECT

public:
    SyncRunner(StoreSession& session, StoreEvents& events, QObject* parent = nullptr);

    // Ignored while a round runs or the store is closed. Errors land in status().lastErrorCode:
    // "login_required" (not signed in), transport and server codes, "device_revoked".
    void syncNow();
    // Re-reads the counts without talking to the server.
    void refreshCounts();

    const SyncRunStatus& status() const { return m_status; }

signals:
    void statusChanged();
    void deviceRevoked();

private:
    void apply(const SyncRunStatus& result, bool wasRound);

    StoreSession& m_session;
    StoreEvents& m_events;
    SyncRunStatus m_status;
};

} // namespace fitflow::desktop
