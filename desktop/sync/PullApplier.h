#pragma once
// Applies one pulled page (docs/sync-protocol.md, "Pull") to the store together with its
// cursor, in ONE transaction: LWW records replace the local state (the server's holds every
// acknowledged change), note histories are joined (NoteHistory::merge), pull-only rows replaced,
// and the outbox's pending mutations re-applied on top so a local edit never flickers back. When a
// snapshot completes, local rows it did not send are removed, except rows with pending outbox
// mutations. Which rows a snapshot sent is marked in the store, page by page
// (SnapshotSeenRepository), so memory stays flat however large the snapshot; a snapshot that
// began with nothing of the organization stored (a first pull) has nothing to remove and marks
// nothing.

#include "desktop/sync/LocalClock.h"
#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <nlohmann/json.hpp>

#include <string>

namespace fitflow::desktop {

// Whether a page's rows count towards removing the rows a snapshot did not send.
enum class SnapshotTracking {
    // This run did not see the snapshot's first page (a resumed snapshot, or no snapshot): it
    // cannot know which rows are missing, and removes none.
    None,
    // The first page of a snapshot: marks left by an earlier, interrupted snapshot are dropped.
    Start,
    // A later page of the snapshot this run started.
    Continue,
};

struct PageCounts {
    int applied = 0;
    int removed = 0;
    int skipped = 0; // unknown entities (a newer server)
};

class PullApplier {
public:
    PullApplier(QSqlDatabase db, PhysicalClock physical);

    // `page` is the 200 body of POST /api/v1/sync/pull for `orgId`. Errors: "invalid_page"
    // (nothing written), store errors.
    fitflow::Result<PageCounts> apply(const std::string& orgId, const nlohmann::json& page,
                                      SnapshotTracking tracking);

private:
    QSqlDatabase m_db;
    PhysicalClock m_physical;
};

} // namespace fitflow::desktop
