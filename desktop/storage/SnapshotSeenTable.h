#pragma once
// Local migration step 6 (desktop/storage/LocalMigrations.cpp): the rows a pull snapshot in
// progress has sent (SnapshotSeenRepository). Kept in the store rather than in memory so a
// snapshot of any size pulls in flat memory.

#include <QSqlDatabase>
#include <QString>

namespace fitflow::desktop {

// Creates snapshot_seen. False with `failure` set when the statement fails.
bool createSnapshotSeenTable(QSqlDatabase& db, QString& failure);

} // namespace fitflow::desktop
