#include "desktop/storage/sqlcipher/SqlCipherStatement.h"

#include "desktop/storage/sqlcipher/SqlCipherError.h"
#include "desktop/storage/sqlcipher/SqlCipherValues.h"

#include <sqlcipher/sqlite3.h>

#include <QSqlField>

namespace fitflow::desktop::sqlcipher {

namespace {

bool isOnlySeparators(const char* tail)
{
    for (; tail != nullptr && *tail != '\0'; ++tail) {
        const char c = *tail;
        if (c != ';' && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            return false;
        }
    }
    return true;
}

} // namespace

std::unique_ptr<SqlCipherStatement>
SqlCipherStatement::prepare(sqlite3* connection, const QString& sql, QSqlError& error)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(connection, utf8.constData(), static_cast<int>(utf8.size()),
                                      &statement, &tail);
    if (rc != SQLITE_OK) {
        error = makeSqlError(connection, QStringLiteral("Unable to prepare statement"),
                             QSqlError::StatementError, rc);
        sqlite3_finalize(statement);
        return nullptr;
    }
    if (!isOnlySeparators(tail)) {
        sqlite3_finalize(statement);
        error = makeDriverError(QStringLiteral("Only one SQL statement per query is supported"),
                                QSqlError::StatementError);
        return nullptr;
    }
    if (statement == nullptr) {
        error = makeDriverError(QStringLiteral("Empty SQL statement"), QSqlError::StatementError);
        return nullptr;
    }
    return std::unique_ptr<SqlCipherStatement>(new SqlCipherStatement(connection, statement));
}

SqlCipherStatement::SqlCipherStatement(sqlite3* connection, sqlite3_stmt* statement)
    : m_connection(connection)
    , m_statement(statement)
{
    const int count = sqlite3_column_count(m_statement);
    m_columnTypes.reserve(count);
    for (int column = 0; column < count; ++column) {
        const char* declared = sqlite3_column_decltype(m_statement, column);
        m_columnTypes.append(metaTypeForDeclaredType(QString::fromUtf8(declared)));
    }
}

SqlCipherStatement::~SqlCipherStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqlCipherStatement::bindAll(const QVariantList& values, QSqlError& error)
{
    reset();
    sqlite3_clear_bindings(m_statement);
    const int expected = sqlite3_bind_parameter_count(m_statement);
    if (values.size() != expected) {
        error =
            makeDriverError(QStringLiteral("Parameter count mismatch: statement has %1, %2 bound")
                                .arg(expected)
                                .arg(values.size()),
                            QSqlError::StatementError);
        return false;
    }
    for (int i = 0; i < expected; ++i) {
        const QString problem = bindValue(m_statement, i + 1, values.at(i));
        if (!problem.isEmpty()) {
            error = makeDriverError(
                QStringLiteral("Cannot bind parameter %1: %2").arg(i + 1).arg(problem),
                QSqlError::StatementError);
            return false;
        }
    }
    return true;
}

int SqlCipherStatement::step()
{
    return sqlite3_step(m_statement);
}

QSqlError SqlCipherStatement::errorFor(int resultCode, QSqlError::ErrorType type) const
{
    return makeSqlError(m_connection, QStringLiteral("Unable to execute statement"), type,
                        resultCode);
}

int SqlCipherStatement::columnCount() const
{
    return static_cast<int>(m_columnTypes.size());
}

QSqlRecord SqlCipherStatement::columns() const
{
    QSqlRecord record;
    for (int column = 0; column < columnCount(); ++column) {
        const QString name = QString::fromUtf8(sqlite3_column_name(m_statement, column));
        const QString table = QString::fromUtf8(sqlite3_column_table_name(m_statement, column));
        QSqlField field(name, m_columnTypes.at(column), table);
        record.append(field);
    }
    return record;
}

QVariantList SqlCipherStatement::currentRow() const
{
    QVariantList row;
    row.reserve(columnCount());
    for (int column = 0; column < columnCount(); ++column) {
        row.append(columnValue(m_statement, column, m_columnTypes.at(column)));
    }
    return row;
}

void SqlCipherStatement::reset()
{
    sqlite3_reset(m_statement);
}

std::optional<QList<QVariantList>>
SqlCipherStatement::queryAll(sqlite3* connection, const QString& sql, QSqlError& error)
{
    auto statement = prepare(connection, sql, error);
    if (!statement) {
        return std::nullopt;
    }
    QList<QVariantList> rows;
    for (;;) {
        const int rc = statement->step();
        if (rc == SQLITE_DONE) {
            return rows;
        }
        if (rc != SQLITE_ROW) {
            error = statement->errorFor(rc, QSqlError::StatementError);
            return std::nullopt;
        }
        rows.append(statement->currentRow());
    }
}

} // namespace fitflow::desktop::sqlcipher
