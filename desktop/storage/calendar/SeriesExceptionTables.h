#pragma once
// Local migration step 12 (desktop/storage/LocalMigrations.cpp): the exceptions of a recurring
// series as records of their own ("series_exception", docs/sync-protocol.md). Each excluded
// occurrence is one record, so exclusions made on two offline devices merge as a set instead of
// one device's list replacing the other's.

#include <QSqlDatabase>
#include <QString>

namespace fitflow::desktop {

// Creates series_exceptions (an LWW row with a tombstone, like sessions). False with `failure`
// set when a statement fails.
bool createSeriesExceptionTables(QSqlDatabase& db, QString& failure);

} // namespace fitflow::desktop
