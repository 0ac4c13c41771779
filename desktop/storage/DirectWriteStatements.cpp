#include "desktop/storage/DirectWriteStatements.h"

#include "desktop/storage/sqlcipher/SqlCipherDriver.h"

#include <sqlcipher/sqlite3.h>

namespace fitflow::desktop {

namespace {

fitflow::Error sqliteError(sqlite3* connection, const std::string& sql, const char* what)
{
    return makeError("io_error", "'" + sql.substr(0, 60) + "' " + what + ": " +
                                     (connection != nullptr ? sqlite3_errmsg(connection)
                                                            : "the store is not open"));
}

int bindValue(sqlite3_stmt* statement, int index, const SqlValue& value)
{
    if (const auto* text = std::get_if<std::string_view>(&value)) {
        // SQLITE_STATIC: the text outlives the step below, and the statement is rebound before
        // it runs again. An empty view may have no data pointer, which SQLite would bind as NULL.
        return sqlite3_bind_text(statement, index, text->data() != nullptr ? text->data() : "",
                                 static_cast<int>(text->size()), SQLITE_STATIC);
    }
    if (const auto* number = std::get_if<std::int64_t>(&value)) {
        return sqlite3_bind_int64(statement, index, *number);
    }
    return sqlite3_bind_null(statement, index);
}

} // namespace

DirectWriteStatements::DirectWriteStatements(const QSqlDatabase& db)
{
    if (const auto* driver = qobject_cast<const sqlcipher::SqlCipherDriver*>(db.driver())) {
        m_connection = driver->connection();
    }
}

DirectWriteStatements::~DirectWriteStatements()
{
    for (const auto& [sql, statement] : m_statements) {
        sqlite3_finalize(statement);
    }
}

fitflow::Result<sqlite3_stmt*> DirectWriteStatements::prepared(const std::string& sql)
{
    if (const auto found = m_statements.find(sql); found != m_statements.end()) {
        return found->second;
    }
    if (m_connection == nullptr) {
        return sqliteError(nullptr, sql, "cannot be prepared");
    }
    sqlite3_stmt* statement = nullptr;
    const char* tail = nullptr;
    if (sqlite3_prepare_v2(m_connection, sql.c_str(), static_cast<int>(sql.size()), &statement,
                           &tail) != SQLITE_OK ||
        statement == nullptr) {
        sqlite3_finalize(statement);
        return sqliteError(m_connection, sql, "cannot be prepared");
    }
    m_statements.emplace(sql, statement);
    return statement;
}

fitflow::Result<WriteOutcome> DirectWriteStatements::run(const std::string& sql,
                                                         std::initializer_list<SqlValue> values)
{
    return run(sql, values.begin(), values.size());
}

fitflow::Result<WriteOutcome> DirectWriteStatements::run(const std::string& sql,
                                                         const SqlValue* values, std::size_t count)
{
    auto statement = prepared(sql);
    if (!statement) {
        return statement.error();
    }
    if (static_cast<std::size_t>(sqlite3_bind_parameter_count(*statement)) != count) {
        return makeError("io_error", "'" + sql.substr(0, 60) + "' needs " +
                                         std::to_string(sqlite3_bind_parameter_count(*statement)) +
                                         " values, got " + std::to_string(count));
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (bindValue(*statement, static_cast<int>(i) + 1, values[i]) != SQLITE_OK) {
            sqlite3_reset(*statement);
            return sqliteError(m_connection, sql, "cannot bind its values");
        }
    }
    const int stepped = sqlite3_step(*statement);
    // Reset at once: no statement of ours stays active across a COMMIT.
    sqlite3_reset(*statement);
    if (stepped != SQLITE_DONE) {
        return sqliteError(m_connection, sql, stepped == SQLITE_ROW ? "returned rows" : "failed");
    }
    return WriteOutcome{sqlite3_changes(m_connection), sqlite3_last_insert_rowid(m_connection)};
}

} // namespace fitflow::desktop
