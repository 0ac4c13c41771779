#include "desktop/storage/OutboxRepository.h"

#include "desktop/storage/SqlStatement.h"

#include <QDateTime>

namespace fitflow::desktop {

namespace {

const QString kSelectEntries =
    QStringLiteral("SELECT mutation_id, org_id, entity, entity_id, payload FROM sync_outbox ");

fitflow::Result<std::vector<OutboxEntry>> readEntries(QSqlQuery& query)
{
    std::vector<OutboxEntry> entries;
    while (query.next()) {
        auto payload =
            nlohmann::json::parse(query.value(4).toString().toStdString(), nullptr, false);
        if (payload.is_discarded()) {
            query.finish();
            return makeError("store_corrupt", "an outbox entry cannot be parsed");
        }
        entries.push_back({query.value(0).toLongLong(), query.value(1).toString().toStdString(),
                           query.value(2).toString().toStdString(),
                           query.value(3).toString().toStdString(), std::move(payload)});
    }
    return entries;
}

} // namespace

OutboxRepository::OutboxRepository(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(m_db)
{
}

fitflow::Result<qint64> OutboxRepository::append(const OutboxEntry& entry)
{
    auto inserted = execSql(
        m_db,
        QStringLiteral("INSERT INTO sync_outbox (org_id, entity, entity_id, payload,"
                       " created_at) VALUES (?, ?, ?, ?, ?)"),
        {QString::fromStdString(entry.orgId), QString::fromStdString(entry.entity),
         QString::fromStdString(entry.entityId), QString::fromStdString(entry.payload.dump()),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!inserted) {
        return inserted.error();
    }
    return inserted->lastInsertId().toLongLong();
}

fitflow::Result<std::vector<OutboxEntry>> OutboxRepository::oldest(int limit) const
{
    auto query =
        execSql(m_db, kSelectEntries + QStringLiteral("ORDER BY mutation_id LIMIT ?"), {limit});
    if (!query) {
        return query.error();
    }
    return readEntries(*query);
}

fitflow::Result<std::vector<OutboxEntry>> OutboxRepository::after(qint64 mutationId,
                                                                  int limit) const
{
    auto query = execSql(
        m_db, kSelectEntries + QStringLiteral("WHERE mutation_id > ? ORDER BY mutation_id LIMIT ?"),
        {mutationId, limit});
    if (!query) {
        return query.error();
    }
    return readEntries(*query);
}

fitflow::Result<std::vector<OutboxEntry>>
OutboxRepository::pendingFor(const std::string& entity, const std::string& entityId) const
{
    auto query = m_statements.run(
        kSelectEntries + QStringLiteral("WHERE entity = ? AND entity_id = ? ORDER BY mutation_id"),
        {QString::fromStdString(entity), QString::fromStdString(entityId)});
    if (!query) {
        return query.error();
    }
    return readEntries(**query);
}

fitflow::Result<qint64> OutboxRepository::pendingCount() const
{
    auto query = execSql(m_db, QStringLiteral("SELECT count(*) FROM sync_outbox"));
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toLongLong() : 0;
}

fitflow::Result<qint64> OutboxRepository::pendingCount(const std::string& orgId,
                                                       const std::string& entity) const
{
    auto query = execSql(
        m_db, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE org_id = ? AND entity = ?"),
        {QString::fromStdString(orgId), QString::fromStdString(entity)});
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toLongLong() : 0;
}

fitflow::Status OutboxRepository::removeThrough(qint64 mutationId)
{
    auto removed = execSql(m_db, QStringLiteral("DELETE FROM sync_outbox WHERE mutation_id <= ?"),
                           {mutationId});
    return removed ? fitflow::Status() : fitflow::Status(removed.error());
}

fitflow::Status OutboxRepository::removeAll()
{
    auto removed = execSql(m_db, QStringLiteral("DELETE FROM sync_outbox"));
    return removed ? fitflow::Status() : fitflow::Status(removed.error());
}

fitflow::Result<qint64> OutboxRepository::lastAssignedId() const
{
    auto query =
        execSql(m_db, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'"));
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace fitflow::desktop
