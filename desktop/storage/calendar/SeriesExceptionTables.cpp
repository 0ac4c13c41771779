#include "desktop/storage/calendar/SeriesExceptionTables.h"

#include "desktop/storage/MigrationStatements.h"

namespace fitflow::desktop {

bool createSeriesExceptionTables(QSqlDatabase& db, QString& failure)
{
    return runMigrationStatements(
        db,
        {
            QStringLiteral("CREATE TABLE series_exceptions ("
                           " id TEXT PRIMARY KEY NOT NULL, org_id TEXT NOT NULL,"
                           " series_id TEXT, original_starts_at TEXT,"
                           " field_state TEXT NOT NULL DEFAULT '{}',"
                           " deleted_stamp TEXT, undeleted_stamp TEXT,"
                           " is_deleted INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX series_exceptions_series"
                           " ON series_exceptions (series_id, original_starts_at)"),
            QStringLiteral("CREATE INDEX series_exceptions_org ON series_exceptions (org_id)"),
        },
        failure);
}

} // namespace fitflow::desktop
