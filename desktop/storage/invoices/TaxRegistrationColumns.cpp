#include "desktop/storage/invoices/TaxRegistrationColumns.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fitflow::desktop {

bool addTaxRegistrationColumns(QSqlDatabase& db, QString& failure)
{
    const QString statements[] = {
        QStringLiteral("ALTER TABLE organizations ADD COLUMN gst_hst_number TEXT"),
        QStringLiteral("ALTER TABLE organizations ADD COLUMN qst_number TEXT"),
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
