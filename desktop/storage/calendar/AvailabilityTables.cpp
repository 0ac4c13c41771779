#include "desktop/storage/calendar/AvailabilityTables.h"

#include "desktop/storage/MigrationStatements.h"

namespace fitflow::desktop {

bool createAvailabilityTables(QSqlDatabase& db, QString& failure)
{
    return runMigrationStatements(
        db,
        {
            QStringLiteral("CREATE TABLE availability ("
                           " id TEXT PRIMARY KEY NOT NULL, org_id TEXT NOT NULL,"
                           " trainer_id TEXT, location_id TEXT, weekly_rules TEXT, exceptions TEXT,"
                           " field_state TEXT NOT NULL DEFAULT '{}',"
                           " deleted_stamp TEXT, undeleted_stamp TEXT,"
                           " is_deleted INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE INDEX availability_trainer ON availability (trainer_id, location_id)"),
        },
        failure);
}

} // namespace fitflow::desktop
