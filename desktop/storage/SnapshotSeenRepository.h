#pragma once
// Which rows a pull snapshot has sent so far, across its pages (table snapshot_seen). Marks are
// written in each page's transaction, so they always match the saved cursor, and the memory of
// a pull does not grow with the snapshot. When the snapshot completes, the organization's local
// rows without a mark are the ones the server no longer sends (docs/sync-protocol.md, "Pull").

#include "desktop/storage/DirectWriteStatements.h"
#include "desktop/storage/StatementCache.h"
#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <string>
#include <vector>

namespace fitflow::desktop {

class SnapshotSeenRepository {
public:
    explicit SnapshotSeenRepository(QSqlDatabase db);

    // Forgets the organization's marks (a snapshot starts over, or has completed).
    fitflow::Status clear(const std::string& orgId);
    // Forgets every organization's marks (a wiped store).
    fitflow::Status clearAll();
    fitflow::Status markSeen(const std::string& orgId, const std::string& entity,
                             const std::string& id);

    // Whether any table of the store other than snapshot_seen holds a row of the organization
    // (a column org_id equal to `orgId`): outbox entries and cursors count too.
    fitflow::Result<bool> organizationHasRows(const std::string& orgId) const;
    // A snapshot that began while the store held nothing of the organization has nothing to
    // remove when it completes, so it marks no rows; this is remembered, in the page's
    // transaction, until clear().
    fitflow::Status markStartedEmpty(const std::string& orgId);
    fitflow::Result<bool> startedEmpty(const std::string& orgId);

    // Ids of `table`'s rows of the organization that have no mark for `entity`.
    fitflow::Result<std::vector<std::string>>
    unseenIds(const std::string& orgId, const std::string& entity, const std::string& table);

private:
    QSqlDatabase m_db;
    StatementCache m_statements;
    DirectWriteStatements m_direct; // markSeen, once per pulled row
};

} // namespace fitflow::desktop
