#pragma once
// Builds QSqlErrors from SQLite result codes, carrying sqlite3_errmsg as the database text and
// the numeric result code as the native error code, so callers can match on either.

#include <QSqlError>
#include <QString>

struct sqlite3;

namespace fitflow::desktop::sqlcipher {

QSqlError makeSqlError(sqlite3* connection, const QString& driverText, QSqlError::ErrorType type,
                       int resultCode);

// An error that did not come from SQLite (bad parameters, misuse of the driver).
QSqlError makeDriverError(const QString& driverText, QSqlError::ErrorType type);

} // namespace fitflow::desktop::sqlcipher
