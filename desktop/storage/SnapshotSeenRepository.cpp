#include "desktop/storage/SnapshotSeenRepository.h"

namespace fitflow::desktop {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

} // namespace

SnapshotSeenRepository::SnapshotSeenRepository(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(m_db)
    , m_direct(m_db)
{
}

fitflow::Status SnapshotSeenRepository::clear(const std::string& orgId)
{
    auto cleared = m_statements.run(QStringLiteral("DELETE FROM snapshot_seen WHERE org_id = ?"),
                                    {text(orgId)});
    return cleared ? fitflow::Status() : fitflow::Status(cleared.error());
}

fitflow::Status SnapshotSeenRepository::clearAll()
{
    auto cleared = m_statements.run(QStringLiteral("DELETE FROM snapshot_seen"));
    return cleared ? fitflow::Status() : fitflow::Status(cleared.error());
}

fitflow::Status SnapshotSeenRepository::markSeen(const std::string& orgId,
                                                 const std::string& entity, const std::string& id)
{
    // A page may repeat a row (a retried page); the mark is the same.
    static const std::string kMark =
        "INSERT OR IGNORE INTO snapshot_seen (org_id, entity, id) VALUES (?, ?, ?)";
    auto marked = m_direct.run(kMark, {orgId, entity, id});
    return marked ? fitflow::Status() : fitflow::Status(marked.error());
}

fitflow::Result<std::vector<std::string>>
SnapshotSeenRepository::unseenIds(const std::string& orgId, const std::string& entity,
                                  const std::string& table)
{
    auto query = m_statements.run(
        QStringLiteral("SELECT id FROM %1 AS row WHERE org_id = ? AND NOT EXISTS (SELECT 1 FROM"
                       " snapshot_seen AS seen WHERE seen.org_id = ? AND seen.entity = ?"
                       " AND seen.id = row.id)")
            .arg(text(table)),
        {text(orgId), text(orgId), text(entity)});
    if (!query) {
        return query.error();
    }
    std::vector<std::string> ids;
    while ((*query)->next()) {
        ids.push_back((*query)->value(0).toString().toStdString());
    }
    return ids;
}

} // namespace fitflow::desktop
