#include "desktop/storage/calendar/SeriesTables.h"

#include "desktop/storage/MigrationStatements.h"

namespace fitflow::desktop {

bool createSeriesTables(QSqlDatabase& db, QString& failure)
{
    return runMigrationStatements(
        db,
        {
            QStringLiteral("CREATE TABLE session_series ("
                           " id TEXT PRIMARY KEY NOT NULL, org_id TEXT NOT NULL,"
                           " client_id TEXT, location_id TEXT, trainer_id TEXT, rrule TEXT,"
                           " first_starts_at TEXT, first_ends_at TEXT, exdates TEXT,"
                           " field_state TEXT NOT NULL DEFAULT '{}',"
                           " deleted_stamp TEXT, undeleted_stamp TEXT,"
                           " is_deleted INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX session_series_org ON session_series (org_id)"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN series_id TEXT"),
            QStringLiteral("CREATE INDEX sessions_series ON sessions (series_id)"),
        },
        failure);
}

} // namespace fitflow::desktop
