#include "desktop/storage/LocationAddressColumns.h"

#include "desktop/storage/MigrationStatements.h"

namespace fitflow::desktop {

bool addLocationAddressColumns(QSqlDatabase& db, QString& failure)
{
    return runMigrationStatements(
        db,
        {
            QStringLiteral("ALTER TABLE locations ADD COLUMN street TEXT"),
            QStringLiteral("ALTER TABLE locations ADD COLUMN city TEXT"),
            QStringLiteral("ALTER TABLE locations ADD COLUMN postal_code TEXT"),
        },
        failure);
}

} // namespace fitflow::desktop
