#include "desktop/storage/sqlcipher/SqlCipherDriver.h"

#include "desktop/storage/sqlcipher/SqlCipherError.h"
#include "desktop/storage/sqlcipher/SqlCipherResult.h"
#include "desktop/storage/sqlcipher/SqlCipherStatement.h"
#include "desktop/storage/sqlcipher/SqlCipherValues.h"

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>

#include <algorithm>
#include <mutex>
#include <utility>

namespace fitflow::desktop::sqlcipher {

namespace {

// SQLCipher's raw-key syntax: x'<64 hex digits>' uses the bytes as the AES key directly,
// skipping its own PBKDF2 (our key is already random; the passphrase KDF is Argon2id).
SecretBytes rawKeyLiteral(const SecretBytes& key)
{
    const std::size_t hexLength = key.size() * 2;
    SecretBytes literal(hexLength + 4); // x ' hex ' NUL
    if (!literal.isValid()) {
        return literal;
    }
    auto* text = reinterpret_cast<char*>(literal.data());
    text[0] = 'x';
    text[1] = '\'';
    sodium_bin2hex(text + 2, hexLength + 1, key.data(), key.size());
    text[2 + hexLength] = '\'';
    text[3 + hexLength] = '\0';
    return literal;
}

QString selectTablesSql(QSql::TableType type)
{
    QStringList kinds;
    if (type & QSql::Tables) {
        kinds << QStringLiteral("(type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\')");
    }
    if (type & QSql::Views) {
        kinds << QStringLiteral("type = 'view'");
    }
    if (type & QSql::SystemTables) {
        kinds << QStringLiteral("(type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\')");
    }
    if (kinds.isEmpty()) {
        return {};
    }
    return QStringLiteral("SELECT name FROM sqlite_master WHERE ") +
           kinds.join(QStringLiteral(" OR ")) + QStringLiteral(" ORDER BY name");
}

} // namespace

void SqlCipherDriver::registerDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(kDriverName, new QSqlDriverCreator<SqlCipherDriver>());
    });
}

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent)
{
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

void SqlCipherDriver::setRawKey(SecretBytes key)
{
    m_pendingKey = std::move(key);
}

bool SqlCipherDriver::open(const QString& db, const QString& /*user*/, const QString& password,
                           const QString& /*host*/, int /*port*/, const QString& /*connectOptions*/)
{
    if (isOpen()) {
        close();
    }
    if (!password.isEmpty()) {
        setLastError(makeDriverError(
            QStringLiteral("FITFLOW_SQLCIPHER takes no password; pass a raw key to setRawKey()"),
            QSqlError::ConnectionError));
        setOpenError(true);
        return false;
    }
    if (m_pendingKey.size() != kRawKeyBytes) {
        setLastError(makeDriverError(QStringLiteral("No 32-byte raw key set before open()"),
                                     QSqlError::ConnectionError));
        setOpenError(true);
        return false;
    }
    if (!applyKey(db)) {
        setOpenError(true);
        return false;
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

bool SqlCipherDriver::applyKey(const QString& path)
{
    // The key is consumed whatever happens: it must not linger in the driver.
    const SecretBytes key = std::exchange(m_pendingKey, SecretBytes());
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_connection, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeSqlError(m_connection, QStringLiteral("Error opening database"),
                                  QSqlError::ConnectionError, rc));
        sqlite3_close(m_connection);
        m_connection = nullptr;
        return false;
    }
    sqlite3_extended_result_codes(m_connection, 1);
    const SecretBytes literal = rawKeyLiteral(key);
    rc = literal.isValid()
             ? sqlite3_key(m_connection, literal.data(), static_cast<int>(literal.size() - 1))
             : SQLITE_NOMEM;
    if (rc != SQLITE_OK) {
        setLastError(makeSqlError(m_connection, QStringLiteral("Unable to set the database key"),
                                  QSqlError::ConnectionError, rc));
        sqlite3_close(m_connection);
        m_connection = nullptr;
        return false;
    }
    sqlite3_busy_timeout(m_connection, m_busyTimeoutMs);
    // SQLCipher 3.x defaults to 1024-byte pages; 4096 matches the file system and SQLCipher 4.
    if (!execInternal(QStringLiteral("PRAGMA cipher_page_size = %1").arg(kCipherPageSize),
                      QStringLiteral("Unable to set the cipher page size"))) {
        sqlite3_close(m_connection);
        m_connection = nullptr;
        return false;
    }
    return true;
}

bool SqlCipherDriver::execInternal(const QString& sql, const QString& failureText)
{
    QSqlError error;
    if (!SqlCipherStatement::queryAll(m_connection, sql, error)) {
        setLastError(
            QSqlError(failureText, error.databaseText(), error.type(), error.nativeErrorCode()));
        return false;
    }
    return true;
}

void SqlCipherDriver::close()
{
    if (m_connection == nullptr) {
        return;
    }
    for (SqlCipherResult* result : std::as_const(m_results)) {
        result->finalizeStatement();
    }
    // close_v2 defers the close if some statement escaped us, instead of leaking the handle.
    sqlite3_close_v2(m_connection);
    m_connection = nullptr;
    setOpen(false);
    setOpenError(false);
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
        return true;
    case LowPrecisionNumbers:
    case QuerySize:
    case NamedPlaceholders: // QSqlResult rewrites :name to ? and maps the bound values for us
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

void SqlCipherDriver::registerResult(SqlCipherResult* result) const
{
    m_results.append(result);
}

void SqlCipherDriver::unregisterResult(SqlCipherResult* result) const
{
    m_results.removeOne(result);
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock up front: in WAL mode a deferred transaction that later
    // writes can fail with SQLITE_BUSY without the busy timeout ever being applied.
    return isOpen() && execInternal(QStringLiteral("BEGIN IMMEDIATE"),
                                    QStringLiteral("Unable to begin transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen() &&
           execInternal(QStringLiteral("COMMIT"), QStringLiteral("Unable to commit transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() && execInternal(QStringLiteral("ROLLBACK"),
                                    QStringLiteral("Unable to roll back transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    const QString sql = selectTablesSql(type);
    if (!isOpen() || sql.isEmpty()) {
        return names;
    }
    QSqlError error;
    const auto rows = SqlCipherStatement::queryAll(m_connection, sql, error);
    if (!rows) {
        return names;
    }
    for (const QVariantList& row : *rows) {
        names.append(row.value(0).toString());
    }
    return names;
}

std::optional<QList<QVariantList>> SqlCipherDriver::tableInfo(const QString& tableName,
                                                              QString& unquotedName) const
{
    unquotedName = isIdentifierEscaped(tableName, TableName) ? stripDelimiters(tableName, TableName)
                                                             : tableName;
    if (!isOpen()) {
        return std::nullopt;
    }
    QSqlError error;
    return SqlCipherStatement::queryAll(m_connection,
                                        QStringLiteral("PRAGMA table_info(") +
                                            escapeIdentifier(unquotedName, TableName) +
                                            QStringLiteral(")"),
                                        error);
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord result;
    QString table;
    const auto rows = tableInfo(tableName, table);
    if (!rows) {
        return result;
    }
    for (const QVariantList& row : *rows) {
        const QString declaredType = row.value(2).toString();
        QSqlField field(row.value(1).toString(), metaTypeForDeclaredType(declaredType), table);
        field.setRequiredStatus(row.value(3).toLongLong() != 0 ? QSqlField::Required
                                                               : QSqlField::Optional);
        field.setDefaultValue(row.value(4));
        // An INTEGER PRIMARY KEY is the rowid: SQLite fills it in when it is not given.
        field.setAutoValue(row.value(5).toLongLong() != 0 &&
                           declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) ==
                               0);
        result.append(field);
    }
    return result;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    QSqlIndex index(tableName);
    QString table;
    const auto rows = tableInfo(tableName, table);
    if (!rows) {
        return index;
    }
    QList<QVariantList> keyColumns;
    for (const QVariantList& row : *rows) {
        if (row.value(5).toLongLong() > 0) {
            keyColumns.append(row);
        }
    }
    std::sort(keyColumns.begin(), keyColumns.end(),
              [](const QVariantList& a, const QVariantList& b) {
                  return a.value(5).toLongLong() < b.value(5).toLongLong();
              });
    const QSqlRecord columns = record(table);
    for (const QVariantList& row : std::as_const(keyColumns)) {
        index.append(columns.field(row.value(1).toString()));
    }
    if (!index.isEmpty()) {
        index.setName(table);
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const
{
    if (isIdentifierEscaped(identifier, type)) {
        return identifier;
    }
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace fitflow::desktop::sqlcipher
