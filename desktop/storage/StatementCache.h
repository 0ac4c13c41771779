#pragma once
// Prepared statements kept for a batch of work, keyed by their SQL text. Preparing costs SQLite
// more than running a short statement, so a pulled page of 1,000 rows prepares each statement
// once instead of once per row. Queries are forward-only: a long result is never held in memory.

#include "shared/core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <unordered_map>

namespace fitflow::desktop {

class StatementCache {
public:
    explicit StatementCache(QSqlDatabase db);

    // Binds `values` to the statement for `sql` (prepared on first use) and runs it. The query
    // stays valid until the next run of the same SQL; call finish() on it once its rows are read
    // so no read stays open. Errors: "io_error" with SQLite's words, as execSql.
    fitflow::Result<QSqlQuery*> run(const QString& sql, const QVariantList& values = {});

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, QSqlQuery> m_statements;
};

} // namespace fitflow::desktop
