#pragma once
// SqlCipherStatement: owns one prepared sqlite3_stmt (finalized on destruction), binds positional
// parameters and reads rows as QVariants. Used by SqlCipherResult for QSqlQuery and by the driver
// for its own catalogue queries. Not thread-safe; lives on the connection's thread.

#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace fitflow::desktop::sqlcipher {

class SqlCipherStatement {
public:
    // Compiles exactly one SQL statement; trailing text other than whitespace and ';' is an error.
    static std::unique_ptr<SqlCipherStatement> prepare(sqlite3* connection, const QString& sql,
                                                       QSqlError& error);
    ~SqlCipherStatement();
    SqlCipherStatement(const SqlCipherStatement&) = delete;
    SqlCipherStatement& operator=(const SqlCipherStatement&) = delete;

    // Resets the statement and binds `values` to ?1..?N; the count must match the placeholders.
    bool bindAll(const QVariantList& values, QSqlError& error);

    // One sqlite3_step; returns SQLITE_ROW, SQLITE_DONE or an error code (see lastError()).
    int step();
    QSqlError errorFor(int resultCode, QSqlError::ErrorType type) const;

    int columnCount() const;
    QSqlRecord columns() const; // names and declared types, empty values
    QVariantList currentRow() const;

    // Releases locks and read cursors without forgetting the compiled statement.
    void reset();

    // Runs `sql` to completion and returns every row (for small catalogue queries).
    static std::optional<QList<QVariantList>> queryAll(sqlite3* connection, const QString& sql,
                                                       QSqlError& error);

private:
    SqlCipherStatement(sqlite3* connection, sqlite3_stmt* statement);

    sqlite3* m_connection;
    sqlite3_stmt* m_statement;
    QList<QMetaType> m_columnTypes;
};

} // namespace fitflow::desktop::sqlcipher
