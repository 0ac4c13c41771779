#include "desktop/storage/sqlcipher/SqlCipherResult.h"

#include "desktop/storage/sqlcipher/SqlCipherDriver.h"
#include "desktop/storage/sqlcipher/SqlCipherError.h"
#include "desktop/storage/sqlcipher/SqlCipherStatement.h"

#include <sqlcipher/sqlite3.h>

namespace fitflow::desktop::sqlcipher {

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver)
{
    driver->registerResult(this);
}

SqlCipherResult::~SqlCipherResult()
{
    if (const auto* owner = qobject_cast<const SqlCipherDriver*>(driver())) {
        owner->unregisterResult(this);
    }
}

void SqlCipherResult::finalizeStatement()
{
    clearResultSet();
    m_statement.reset();
    setActive(false);
}

sqlite3* SqlCipherResult::connection() const
{
    const auto* owner = qobject_cast<const SqlCipherDriver*>(driver());
    return owner ? owner->connection() : nullptr;
}

void SqlCipherResult::clearResultSet()
{
    m_rows.clear();
    m_firstCachedRow = 0;
    m_exhausted = true;
    m_columns = QSqlRecord();
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
}

bool SqlCipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString& query)
{
    finalizeStatement();
    sqlite3* db = connection();
    if (db == nullptr) {
        setLastError(
            makeDriverError(QStringLiteral("Database is not open"), QSqlError::ConnectionError));
        return false;
    }
    QSqlError error;
    m_statement = SqlCipherStatement::prepare(db, query, error);
    if (!m_statement) {
        setLastError(error);
        return false;
    }
    return true;
}

bool SqlCipherResult::exec()
{
    clearResultSet();
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    setLastError(QSqlError());
    if (!m_statement) {
        setLastError(makeDriverError(QStringLiteral("No prepared statement to execute"),
                                     QSqlError::StatementError));
        return false;
    }
    QSqlError error;
    // boundValues() holds the values in placeholder order; QSqlResult has already mapped named
    // placeholders to positions because the driver does not claim NamedPlaceholders.
    if (!m_statement->bindAll(boundValues(), error)) {
        setLastError(error);
        return false;
    }
    m_columns = m_statement->columns();
    setSelect(m_statement->columnCount() > 0);
    m_exhausted = false;
    // The first step runs the statement; a SELECT's first row is kept for fetchFirst().
    if (!stepOneRow() && lastError().isValid()) {
        return false;
    }
    if (!isSelect()) {
        m_rowsAffected = sqlite3_changes(connection());
        m_lastInsertId = QVariant(static_cast<qlonglong>(sqlite3_last_insert_rowid(connection())));
        m_statement->reset();
    }
    setActive(true);
    return true;
}

bool SqlCipherResult::stepOneRow()
{
    if (m_exhausted || !m_statement) {
        return false;
    }
    const int rc = m_statement->step();
    if (rc == SQLITE_ROW) {
        if (isForwardOnly() && !m_rows.isEmpty()) {
            m_firstCachedRow += static_cast<int>(m_rows.size());
            m_rows.clear();
        }
        m_rows.append(m_statement->currentRow());
        return true;
    }
    m_exhausted = true;
    if (rc != SQLITE_DONE) {
        setLastError(m_statement->errorFor(rc, QSqlError::StatementError));
        m_statement->reset();
        return false;
    }
    // Done: release the read transaction now rather than when the query object dies.
    m_statement->reset();
    setLastError(QSqlError());
    return false;
}

const QVariantList* SqlCipherResult::rowAt(int index) const
{
    const int offset = index - m_firstCachedRow;
    if (offset < 0 || offset >= m_rows.size()) {
        return nullptr;
    }
    return &m_rows.at(offset);
}

bool SqlCipherResult::fetch(int index)
{
    if (!isActive() || !isSelect() || index < 0 || index < m_firstCachedRow) {
        return false;
    }
    while (index >= m_firstCachedRow + m_rows.size()) {
        if (!stepOneRow()) {
            return false;
        }
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect()) {
        return false;
    }
    while (stepOneRow()) {
    }
    if (lastError().isValid() || m_rows.isEmpty()) {
        return false;
    }
    setAt(m_firstCachedRow + static_cast<int>(m_rows.size()) - 1);
    return true;
}

QVariant SqlCipherResult::data(int field)
{
    const QVariantList* row = rowAt(at());
    if (row == nullptr || field < 0 || field >= row->size()) {
        return {};
    }
    return row->at(field);
}

bool SqlCipherResult::isNull(int field)
{
    return data(field).isNull();
}

int SqlCipherResult::size()
{
    return -1; // SQLite cannot tell the size of a result set without stepping through it
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    return m_columns;
}

QVariant SqlCipherResult::lastInsertId() const
{
    if (!isActive() || isSelect()) {
        return {};
    }
    return m_lastInsertId;
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_statement) {
        m_statement->reset();
    }
    m_exhausted = true;
}

} // namespace fitflow::desktop::sqlcipher
