#pragma once
// Conversions between Qt values and SQLite values for the FITFLOW_SQLCIPHER driver:
// NULL <-> null QVariant, INTEGER <-> qlonglong, REAL <-> double, TEXT <-> QString (UTF-8),
// BLOB <-> QByteArray. Kept apart from the driver so the mapping is tested and changed in one
// place.

#include <QMetaType>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace fitflow::desktop::sqlcipher {

// The Qt type a column declared as `declaredType` reports (SQLite affinity rules, §3.1 of the
// SQLite datatype docs). An empty declaration means "any", reported as QByteArray like BLOB.
QMetaType metaTypeForDeclaredType(const QString& declaredType);

// Binds `value` to the 1-based parameter `index`. Returns an empty string on success, otherwise
// why the value could not be bound (unsupported type, out of range, SQLite error).
QString bindValue(sqlite3_stmt* statement, int index, const QVariant& value);

// Reads column `column` of the current row. NULL becomes a null QVariant of `nullType`.
QVariant columnValue(sqlite3_stmt* statement, int column, QMetaType nullType);

} // namespace fitflow::desktop::sqlcipher
