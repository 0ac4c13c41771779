#include "desktop/storage/DeferredSyncScope.h"

#include "desktop/storage/SqlStatement.h"

#include <utility>

namespace fitflow::desktop {

DeferredSyncScope::DeferredSyncScope(QSqlDatabase db)
    : m_db(std::move(db))
    , m_active(true)
{
}

DeferredSyncScope::DeferredSyncScope(DeferredSyncScope&& other) noexcept
    : m_db(other.m_db)
    , m_active(std::exchange(other.m_active, false))
{
}

DeferredSyncScope::~DeferredSyncScope()
{
    if (m_active) {
        // Cannot fail on an open connection; were it to, the next open applies FULL again
        // (StoreConnection).
        (void)execSql(m_db, QStringLiteral("PRAGMA synchronous = FULL"));
    }
}

fitflow::Result<DeferredSyncScope> DeferredSyncScope::begin(QSqlDatabase db)
{
    if (auto relaxed = execSql(db, QStringLiteral("PRAGMA synchronous = NORMAL")); !relaxed) {
        return relaxed.error();
    }
    return DeferredSyncScope(std::move(db));
}

fitflow::Result<int> DeferredSyncScope::currentMode(const QSqlDatabase& db)
{
    auto query = execSql(db, QStringLiteral("PRAGMA synchronous"));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return makeError("io_error", "PRAGMA synchronous returned no row");
    }
    return query->value(0).toInt();
}

} // namespace fitflow::desktop
