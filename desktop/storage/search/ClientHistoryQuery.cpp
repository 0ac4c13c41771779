#include "desktop/storage/search/ClientHistoryQuery.h"

#include "desktop/storage/SqlStatement.h"

namespace fitflow::desktop {

ClientHistoryQuery::ClientHistoryQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Result<std::vector<ClientSessionRow>>
ClientHistoryQuery::sessions(const QString& clientId) const
{
    auto query = execSql(m_db,
                         QStringLiteral("SELECT s.id, coalesce(s.starts_at, ''),"
                                        " coalesce(s.ends_at, ''), coalesce(s.status, ''),"
                                        " coalesce(l.name, '') FROM sessions s"
                                        " LEFT JOIN locations l ON l.id = s.location_id"
                                        " WHERE s.client_id = ? AND s.is_deleted = 0"
                                        " ORDER BY s.starts_at DESC, s.id"),
                         {clientId});
    if (!query) {
        return query.error();
    }
    std::vector<ClientSessionRow> rows;
    while (query->next()) {
        rows.push_back({query->value(0).toString(), query->value(1).toString(),
                        query->value(2).toString(), query->value(3).toString(),
                        query->value(4).toString()});
    }
    return rows;
}

fitflow::Result<std::vector<ClientNoteRow>> ClientHistoryQuery::notes(const QString& clientId) const
{
    // Note ids are UUIDv7, so id order is creation order.
    auto query = execSql(m_db,
                         QStringLiteral("SELECT id, coalesce(session_id, ''), coalesce(format, ''),"
                                        " text, has_conflict FROM notes"
                                        " WHERE client_id = ? AND is_deleted = 0 ORDER BY id DESC"),
                         {clientId});
    if (!query) {
        return query.error();
    }
    std::vector<ClientNoteRow> rows;
    while (query->next()) {
        rows.push_back({query->value(0).toString(), query->value(1).toString(),
                        query->value(2).toString(), query->value(3).toString(),
                        query->value(4).toInt() != 0});
    }
    return rows;
}

fitflow::Result<std::optional<QString>>
ClientHistoryQuery::noteForSession(const QString& sessionId) const
{
    auto query = execSql(m_db,
                         QStringLiteral("SELECT id FROM notes WHERE session_id = ?"
                                        " AND is_deleted = 0 ORDER BY id LIMIT 1"),
                         {sessionId});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<QString>();
    }
    return std::optional<QString>(query->value(0).toString());
}

} // namespace fitflow::desktop
