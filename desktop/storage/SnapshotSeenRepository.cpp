#include "desktop/storage/SnapshotSeenRepository.h"

#include "desktop/storage/SqlStatement.h"

#include <QStringList>

namespace fitflow::desktop {

namespace {

// The mark markStartedEmpty() leaves: no entity has this name, so unseenIds() never reads it.
const QString kStartedEmpty = QStringLiteral("(snapshot started empty)");

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

fitflow::Result<bool> SnapshotSeenRepository::organizationHasRows(const std::string& orgId) const
{
    // Every table with an org_id column, so a table added later is never overlooked. Run once
    // at the start of a snapshot.
    auto tables = execSql(m_db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                               " AND name NOT LIKE 'sqlite_%'"
                                               " AND name <> 'snapshot_seen'"));
    if (!tables) {
        return tables.error();
    }
    QStringList names;
    while (tables->next()) {
        names << tables->value(0).toString();
    }
    for (const QString& table : names) {
        auto columns = execSql(m_db, QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
        if (!columns) {
            return columns.error();
        }
        bool hasOrgId = false;
        while (columns->next()) {
            hasOrgId = hasOrgId || columns->value(1).toString() == QLatin1String("org_id");
        }
        if (!hasOrgId) {
            continue;
        }
        auto row = execSql(
            m_db, QStringLiteral("SELECT 1 FROM \"%1\" WHERE org_id = ? LIMIT 1").arg(table),
            {text(orgId)});
        if (!row) {
            return row.error();
        }
        if (row->next()) {
            return true;
        }
    }
    return false;
}

fitflow::Status SnapshotSeenRepository::markStartedEmpty(const std::string& orgId)
{
    auto marked = m_statements.run(
        QStringLiteral(
            "INSERT OR IGNORE INTO snapshot_seen (org_id, entity, id) VALUES (?, ?, '')"),
        {text(orgId), kStartedEmpty});
    return marked ? fitflow::Status() : fitflow::Status(marked.error());
}

fitflow::Result<bool> SnapshotSeenRepository::startedEmpty(const std::string& orgId)
{
    auto found = m_statements.run(
        QStringLiteral("SELECT 1 FROM snapshot_seen WHERE org_id = ? AND entity = ? AND id = ''"),
        {text(orgId), kStartedEmpty});
    if (!found) {
        return found.error();
    }
    const bool started = (*found)->next();
    (*found)->finish();
    return started;
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
