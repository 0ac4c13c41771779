#pragma once
// The desktop's view of sync, for the shell and pages: "sync now", the status (running, last
// success, pending changes, rejected changes, note conflicts) and a revoked device (the engine
// has wiped the synced data) through deviceRevoked(). With a SyncScheduler (the app) rounds run
// in the background on its plan and local writes (StoreEvents) nudge it; without one (tests,
// tools) syncNow() runs one SyncEngine round on the store thread. Every finished round tells
// StoreEvents that everything may have changed, so pages reload.

#include "desktop/core/SyncRunStatus.h"

#include <QObject>

namespace fitflow::desktop {

class StoreEvents;
class StoreSession;
class SyncScheduler;

class SyncRunner : public QObject {
    Q_OBJECT

public:
    SyncRunner(StoreSession& session, StoreEvents& events, QObject* parent = nullptr);

    // Hands rounds to `scheduler` (not owned; it must outlive this) and follows its status.
    void useScheduler(SyncScheduler* scheduler);

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
    void onSchedulerStatus();

    StoreSession& m_session;
    StoreEvents& m_events;
    SyncRunStatus m_status;
    SyncScheduler* m_scheduler = nullptr;
    int m_roundsSeen = 0;
};

} // namespace fitflow::desktop
