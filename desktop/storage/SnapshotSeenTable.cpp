#include "desktop/storage/SnapshotSeenTable.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fitflow::desktop {

bool createSnapshotSeenTable(QSqlDatabase& db, QString& failure)
{
    // Keyed like the lookups that use it (the unseen rows of one entity of one organization);
    // WITHOUT ROWID stores the key once.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE snapshot_seen ("
                                   " org_id TEXT NOT NULL, entity TEXT NOT NULL, id TEXT NOT NULL,"
                                   " PRIMARY KEY (org_id, entity, id)) WITHOUT ROWID"))) {
        failure = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace fitflow::desktop
