#pragma once
// Applies one pulled page (docs/sync-protocol.md, "Pull") to the store together with its
// cursor, in ONE transaction: LWW records replace the local state (the server's holds every
// acknowledged change), note histories are joined (NoteHistory::merge), pull-only rows replaced,
// and the outbox's pending mutations re-applied on top so a local edit never flickers back. When a
// snapshot completes, local rows it did not send are removed, except rows with pending outbox
// mutations.

#include "desktop/sync/LocalClock.h"
#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <utility>

namespace fitflow::desktop {

// Which (entity, id) pairs a snapshot has sent so far, across its pages.
using SnapshotSeen = std::set<std::pair<std::string, std::string>>;

struct PageCounts {
    int applied = 0;
    int removed = 0;
    int skipped = 0; // unknown entities (a newer server)
};

class PullApplier {
public:
    PullApplier(QSqlDatabase db, PhysicalClock physical);

    // `page` is the 200 body of POST /api/v1/sync/pull for `orgId`. `seen` collects a
    // snapshot's rows; pass nullptr when this run did not see the snapshot's first page (it
    // then cannot know which rows are missing, and removes nothing). Errors: "invalid_page"
    // (nothing written), store errors.
    fitflow::Result<PageCounts> apply(const std::string& orgId, const nlohmann::json& page,
                                      SnapshotSeen* seen);

private:
    QSqlDatabase m_db;
    PhysicalClock m_physical;
};

} // namespace fitflow::desktop
