#pragma once
// One synchronisation round of a device with the server (docs/sync-protocol.md): push the
// outbox in batches, then pull every organization of the user page by page. Plain C++/Qt Core,
// no event loop: fitflow-cli calls syncOnce() directly, the desktop calls it from a background
// timer, on reconnect and after local writes. Retrying transient failures is the caller's
// choice (RetryPolicy).

#include "desktop/sync/LocalClock.h"
#include "desktop/sync/ServerSession.h"
#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <functional>
#include <string>

namespace fitflow::desktop {

struct SyncReport {
    int pushed = 0;        // mutations the server acknowledged in this round
    int rejected = 0;      // of those, rejected (kept in the store for the user)
    int pulled = 0;        // pulled rows applied
    int removed = 0;       // local rows removed (left scope, or missing from a snapshot)
    int organizations = 0; // organizations pulled
    int resnapshots = 0;   // reset / resync_required answers handled
};

// Progress as it happens: a phase ("push", "pull") and the running report.
using SyncProgress = std::function<void(const std::string& phase, const SyncReport& report)>;

class SyncEngine {
public:
    static constexpr int kMaxBatchMutations = 200;
    static constexpr std::size_t kMaxBatchBytes = 256 * 1024;
    static constexpr int kPullLimit = 1000;

    SyncEngine(QSqlDatabase db, ServerSession& session,
               PhysicalClock physical = systemPhysicalClock());

    void setProgressCallback(SyncProgress progress) { m_progress = std::move(progress); }

    // Pushes everything, then pulls everything. Errors: transient ("network_error",
    // "server_unavailable" with retryAfter(), "rate_limited"), "device_revoked" (the local
    // synced data has been wiped), "login_required", server codes, store errors.
    fitflow::Result<SyncReport> syncOnce();

    // The Retry-After of the last transient server answer, if any.
    std::optional<std::chrono::seconds> retryAfter() const { return m_retryAfter; }

private:
    fitflow::Status pushAll(SyncReport& report);
    fitflow::Status pullOrganization(const std::string& orgId, SyncReport& report);
    fitflow::Result<std::vector<std::string>> memberOrganizations();
    fitflow::Error failure(const ApiAnswer& answer, const std::string& what);
    fitflow::Error revoked(const fitflow::Error& error);
    void report(const std::string& phase, const SyncReport& report) const;

    QSqlDatabase m_db;
    ServerSession& m_session;
    PhysicalClock m_physical;
    SyncProgress m_progress;
    std::optional<std::chrono::seconds> m_retryAfter;
};

// Removes every synced row, the outbox, cursors, rejections, conflicts and the refresh token:
// what a revoked device must not keep.
fitflow::Status wipeSyncedData(const QSqlDatabase& db);

} // namespace fitflow::desktop
