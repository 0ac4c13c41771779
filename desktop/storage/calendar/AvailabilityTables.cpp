#include "desktop/storage/calendar/AvailabilityTables.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fitflow::desktop {

bool createAvailabilityTables(QSqlDatabase& db, QString& failure)
{
    const QString statements[] = {
        QStringLiteral("CREATE TABLE availability ("
                       " id TEXT PRIMARY KEY NOT NULL, org_id TEXT NOT NULL,"
                       " trainer_id TEXT, location_id TEXT, weekly_rules TEXT, exceptions TEXT,"
                       " field_state TEXT NOT NULL DEFAULT '{}',"
                       " deleted_stamp TEXT, undeleted_stamp TEXT,"
                       " is_deleted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE INDEX availability_trainer ON availability (trainer_id, location_id)"),
    };
    for (const QString& sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            failure = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace fitflow::desktop
