#include "desktop/storage/LocationAddressColumns.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fitflow::desktop {

bool addLocationAddressColumns(QSqlDatabase& db, QString& failure)
{
    const QString statements[] = {
        QStringLiteral("ALTER TABLE locations ADD COLUMN street TEXT"),
        QStringLiteral("ALTER TABLE locations ADD COLUMN city TEXT"),
        QStringLiteral("ALTER TABLE locations ADD COLUMN postal_code TEXT"),
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
