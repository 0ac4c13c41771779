#include "desktop/storage/clients/ClientExtrasTables.h"

#include "desktop/storage/MigrationStatements.h"

namespace fitflow::desktop::clients {

bool createClientExtrasTables(QSqlDatabase& db, QString& failure)
{
    // Same shape as every LWW table of step 2: one readable column per wire field (JSON text
    // for non-strings: tags, granted, counts) beside the merge state.
    return runMigrationStatements(
        db,
        {
            QStringLiteral("ALTER TABLE clients ADD COLUMN tags TEXT"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN package_id TEXT"),
            QStringLiteral("CREATE TABLE consents ("
                           " id TEXT PRIMARY KEY NOT NULL, org_id TEXT NOT NULL,"
                           " client_id TEXT, kind TEXT, granted TEXT, policy_version TEXT,"
                           " recorded_at TEXT, recorded_by TEXT,"
                           " field_state TEXT NOT NULL DEFAULT '{}',"
                           " deleted_stamp TEXT, undeleted_stamp TEXT,"
                           " is_deleted INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE INDEX consents_client ON consents (client_id, kind, recorded_at)"),
            QStringLiteral("CREATE INDEX consents_org ON consents (org_id)"),
            QStringLiteral("CREATE TABLE packages ("
                           " id TEXT PRIMARY KEY NOT NULL, org_id TEXT NOT NULL,"
                           " client_id TEXT, name TEXT, sessions_total TEXT, price_cents TEXT,"
                           " currency TEXT, expires_on TEXT,"
                           " field_state TEXT NOT NULL DEFAULT '{}',"
                           " deleted_stamp TEXT, undeleted_stamp TEXT,"
                           " is_deleted INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX packages_client ON packages (client_id)"),
            QStringLiteral("CREATE INDEX packages_org ON packages (org_id)"),
            QStringLiteral("CREATE INDEX sessions_package ON sessions (package_id)"),
        },
        failure);
}

} // namespace fitflow::desktop::clients
