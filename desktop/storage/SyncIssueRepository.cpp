#include "desktop/storage/SyncIssueRepository.h"

#include "desktop/storage/SqlStatement.h"

#include <QDateTime>

namespace fitflow::desktop {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

fitflow::Status done(const fitflow::Result<QSqlQuery>& query)
{
    return query ? fitflow::Status() : fitflow::Status(query.error());
}

} // namespace

SyncIssueRepository::SyncIssueRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Status SyncIssueRepository::addRejection(const SyncRejection& rejection)
{
    return done(execSql(
        m_db,
        QStringLiteral("INSERT OR REPLACE INTO sync_rejections (mutation_id, org_id,"
                       " entity, entity_id, code, message, field, received_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {rejection.mutationId, QString::fromStdString(rejection.orgId),
         QString::fromStdString(rejection.entity), QString::fromStdString(rejection.entityId),
         QString::fromStdString(rejection.code), QString::fromStdString(rejection.message),
         QString::fromStdString(rejection.field), nowText()}));
}

fitflow::Result<std::vector<SyncRejection>> SyncIssueRepository::rejections() const
{
    auto query =
        execSql(m_db, QStringLiteral("SELECT mutation_id, org_id, entity, entity_id, code,"
                                     " message, field FROM sync_rejections ORDER BY mutation_id"));
    if (!query) {
        return query.error();
    }
    std::vector<SyncRejection> found;
    while (query->next()) {
        const auto text = [&](int column) { return query->value(column).toString().toStdString(); };
        found.push_back(
            {query->value(0).toLongLong(), text(1), text(2), text(3), text(4), text(5), text(6)});
    }
    return found;
}

fitflow::Status SyncIssueRepository::setConflict(const SyncConflict& record, bool inConflict)
{
    const QVariantList key{QString::fromStdString(record.entity),
                           QString::fromStdString(record.entityId)};
    if (!inConflict) {
        return done(execSql(
            m_db, QStringLiteral("DELETE FROM sync_conflicts WHERE entity = ? AND entity_id = ?"),
            key));
    }
    return done(execSql(m_db,
                        QStringLiteral("INSERT OR IGNORE INTO sync_conflicts (entity, entity_id,"
                                       " detected_at) VALUES (?, ?, ?)"),
                        key + QVariantList{nowText()}));
}

fitflow::Result<std::vector<SyncConflict>> SyncIssueRepository::conflicts() const
{
    auto query = execSql(m_db, QStringLiteral("SELECT entity, entity_id FROM sync_conflicts"
                                              " ORDER BY entity, entity_id"));
    if (!query) {
        return query.error();
    }
    std::vector<SyncConflict> found;
    while (query->next()) {
        found.push_back(
            {query->value(0).toString().toStdString(), query->value(1).toString().toStdString()});
    }
    return found;
}

fitflow::Status SyncIssueRepository::removeAll()
{
    if (auto removed = execSql(m_db, QStringLiteral("DELETE FROM sync_rejections")); !removed) {
        return removed.error();
    }
    return done(execSql(m_db, QStringLiteral("DELETE FROM sync_conflicts")));
}

} // namespace fitflow::desktop
