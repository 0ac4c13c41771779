#include "desktop/storage/sqlcipher/SqlCipherError.h"

#include <sqlcipher/sqlite3.h>

namespace fitflow::desktop::sqlcipher {

QSqlError makeSqlError(sqlite3* connection, const QString& driverText, QSqlError::ErrorType type,
                       int resultCode)
{
    // sqlite3_errmsg describes the most recent failure on the connection; when there is no
    // connection (open failed early) the generic text for the code is the best we have.
    const char* message = connection ? sqlite3_errmsg(connection) : sqlite3_errstr(resultCode);
    return QSqlError(driverText, QString::fromUtf8(message), type, QString::number(resultCode));
}

QSqlError makeDriverError(const QString& driverText, QSqlError::ErrorType type)
{
    return QSqlError(driverText, QString(), type);
}

} // namespace fitflow::desktop::sqlcipher
