#pragma once
// Write statements of the bulk paths (a pulled page's rows, search entries and snapshot marks)
// run through the SQLCipher C API on the store's own connection, with values bound straight from
// UTF-8 text. QSqlQuery binds through QVariant and names every positional placeholder with
// QString::arg, and the values travel UTF-8 -> QString -> UTF-8: measured 22 % of a pulled
// page's instructions. Prepared once per SQL text, finalized with this object. Same thread and
// same transaction as the QSqlDatabase it was made from.

#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>

struct sqlite3;
struct sqlite3_stmt;

namespace fitflow::desktop {

// One placeholder's value: NULL, UTF-8 text (read during the call only) or an integer.
using SqlValue = std::variant<std::monostate, std::string_view, std::int64_t>;

struct WriteOutcome {
    int changedRows = 0;
    std::int64_t lastInsertRowId = 0;
};

class DirectWriteStatements {
public:
    // `db` must be open with the FITFLOW_SQLCIPHER driver; otherwise every run() fails.
    explicit DirectWriteStatements(const QSqlDatabase& db);
    ~DirectWriteStatements();
    DirectWriteStatements(const DirectWriteStatements&) = delete;
    DirectWriteStatements& operator=(const DirectWriteStatements&) = delete;

    // Binds `values` to ?1..?N of `sql` (prepared on first use), runs it to completion and resets
    // it. A statement that returns rows is an error. Errors: "io_error" with SQLite's words.
    fitflow::Result<WriteOutcome> run(const std::string& sql,
                                      std::initializer_list<SqlValue> values);
    fitflow::Result<WriteOutcome> run(const std::string& sql, const SqlValue* values,
                                      std::size_t count);

private:
    fitflow::Result<sqlite3_stmt*> prepared(const std::string& sql);

    sqlite3* m_connection = nullptr;
    std::unordered_map<std::string, sqlite3_stmt*> m_statements;
};

} // namespace fitflow::desktop
