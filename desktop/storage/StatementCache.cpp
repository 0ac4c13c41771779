#include "desktop/storage/StatementCache.h"

#include <QSqlError>

namespace fitflow::desktop {

StatementCache::StatementCache(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Result<QSqlQuery*> StatementCache::run(const QString& sql, const QVariantList& values)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            return makeError("io_error", "cannot prepare '" + sql.left(60).toStdString() +
                                             "': " + query.lastError().text().toStdString());
        }
        found = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery& query = found->second;
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(static_cast<int>(i), values.at(i));
    }
    if (!query.exec()) {
        return makeError("io_error", "'" + sql.left(60).toStdString() +
                                         "' failed: " + query.lastError().text().toStdString());
    }
    return &query;
}

} // namespace fitflow::desktop
