#include "desktop/storage/money/BilledItems.h"

#include "desktop/storage/SqlStatement.h"

namespace fitflow::desktop::money {

fitflow::Result<BilledItems> readBilledItems(const QSqlDatabase& db)
{
    auto lines = execSql(db, QStringLiteral("SELECT l.session_id, l.package_id, l.description"
                                            " FROM money_invoice_lines l"
                                            " JOIN money_invoices i ON i.id = l.invoice_id"
                                            " WHERE i.kind = 'invoice'"
                                            " AND i.status <> 'void'"));
    if (!lines) {
        return lines.error();
    }
    BilledItems billed;
    while (lines->next()) {
        const QString session = lines->value(0).toString();
        const QString package = lines->value(1).toString();
        if (!session.isEmpty()) {
            billed.sessionIds.insert(session);
        } else if (!package.isEmpty()) {
            billed.packageIds.insert(package);
        } else {
            billed.unlinkedDescriptions.push_back(lines->value(2).toString());
        }
    }
    return billed;
}

} // namespace fitflow::desktop::money
