#pragma once
// Commits without an fsync while a pulled page is applied. The store runs WAL with
// `synchronous = FULL`: every commit syncs the WAL, so a trainer's edit and its outbox entry
// survive a power failure. A pulled page needs less: it commits together with its cursor, so a
// page lost to a power failure is pulled again. Under `synchronous = NORMAL` a WAL commit is
// atomic and consistent (a torn tail of the WAL is discarded on recovery, back to an earlier
// committed page and cursor) but reaches the disk only at the next synced commit or checkpoint;
// the next FULL commit (any local edit) syncs the whole WAL, pulled pages included.
// The scope sets NORMAL on the connection and restores FULL when it ends, on every path.

#include "shared/core/Result.h"

#include <QSqlDatabase>

namespace fitflow::desktop {

class DeferredSyncScope {
public:
    // Error "io_error" when the mode cannot be changed (nothing changed then).
    static fitflow::Result<DeferredSyncScope> begin(QSqlDatabase db);

    DeferredSyncScope(DeferredSyncScope&& other) noexcept;
    DeferredSyncScope& operator=(DeferredSyncScope&&) = delete;
    DeferredSyncScope(const DeferredSyncScope&) = delete;
    DeferredSyncScope& operator=(const DeferredSyncScope&) = delete;
    // Restores `synchronous = FULL`.
    ~DeferredSyncScope();

    // The connection's current `PRAGMA synchronous` (0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA).
    static fitflow::Result<int> currentMode(const QSqlDatabase& db);

private:
    explicit DeferredSyncScope(QSqlDatabase db);

    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace fitflow::desktop
