#include "desktop/storage/invoices/TaxRegistrationColumns.h"

#include "desktop/storage/MigrationStatements.h"

namespace fitflow::desktop {

bool addTaxRegistrationColumns(QSqlDatabase& db, QString& failure)
{
    return runMigrationStatements(
        db,
        {
            QStringLiteral("ALTER TABLE organizations ADD COLUMN gst_hst_number TEXT"),
            QStringLiteral("ALTER TABLE organizations ADD COLUMN qst_number TEXT"),
        },
        failure);
}

} // namespace fitflow::desktop
