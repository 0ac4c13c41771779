#include "desktop/storage/money/InvoiceLineLinkColumns.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fitflow::desktop::money {

bool addInvoiceLineLinkColumns(QSqlDatabase& db, QString& failure)
{
    const QString statements[] = {
        QStringLiteral("ALTER TABLE money_invoices ADD COLUMN line_links TEXT"),
        QStringLiteral("ALTER TABLE money_invoice_lines ADD COLUMN session_id TEXT"),
        QStringLiteral("ALTER TABLE money_invoice_lines ADD COLUMN package_id TEXT"),
        QStringLiteral("CREATE INDEX money_invoice_lines_session ON money_invoice_lines"
                       " (session_id) WHERE session_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX money_invoice_lines_package ON money_invoice_lines"
                       " (package_id) WHERE package_id IS NOT NULL"),
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

} // namespace fitflow::desktop::money
