#include "desktop/storage/money/InvoiceLineLinkColumns.h"

#include "desktop/storage/MigrationStatements.h"

namespace fitflow::desktop::money {

bool addInvoiceLineLinkColumns(QSqlDatabase& db, QString& failure)
{
    return runMigrationStatements(
        db,
        {
            QStringLiteral("ALTER TABLE money_invoices ADD COLUMN line_links TEXT"),
            QStringLiteral("ALTER TABLE money_invoice_lines ADD COLUMN session_id TEXT"),
            QStringLiteral("ALTER TABLE money_invoice_lines ADD COLUMN package_id TEXT"),
            QStringLiteral("CREATE INDEX money_invoice_lines_session ON money_invoice_lines"
                           " (session_id) WHERE session_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX money_invoice_lines_package ON money_invoice_lines"
                           " (package_id) WHERE package_id IS NOT NULL"),
        },
        failure);
}

} // namespace fitflow::desktop::money
