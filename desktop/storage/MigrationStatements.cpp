#include "desktop/storage/MigrationStatements.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fitflow::desktop {

bool runMigrationStatement(QSqlDatabase& db, const QString& sql, QString& failure)
{
    QSqlQuery query(db);
    if (query.exec(sql)) {
        return true;
    }
    failure = query.lastError().text();
    return false;
}

bool runMigrationStatements(QSqlDatabase& db, std::initializer_list<QString> statements,
                            QString& failure)
{
    for (const QString& sql : statements) {
        if (!runMigrationStatement(db, sql, failure)) {
            return false;
        }
    }
    return true;
}

} // namespace fitflow::desktop
