#include "desktop/storage/search/ClientDirectory.h"

#include "desktop/storage/SqlStatement.h"
#include "desktop/storage/search/ClientSearchIndex.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <nlohmann/json.hpp>

namespace fitflow::desktop {

namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.org_id, coalesce(c.first_name, ''), coalesce(c.last_name, ''),"
    " coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.home_location_id, ''),"
    " c.trainer_ids, coalesce(c.tags, '[]')");
const QString kOrder =
    QStringLiteral(" ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id");

QStringList jsonStrings(const QVariant& storedJson)
{
    QStringList strings;
    const QJsonArray items = QJsonDocument::fromJson(storedJson.toString().toUtf8()).array();
    for (const auto& item : items) {
        strings << item.toString();
    }
    return strings;
}

ClientSummary readSummary(const QSqlQuery& query)
{
    return {query.value(0).toString(), query.value(1).toString(),   query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(),   query.value(5).toString(),
            query.value(6).toString(), jsonStrings(query.value(7)), jsonStrings(query.value(8))};
}

// The tag as it appears inside the stored canonical JSON array ("knee" with its quotes, JSON
// escapes included), so instr() matches whole tags only.
QString tagNeedle(const QString& tag)
{
    return QString::fromStdString(nlohmann::json(tag.toStdString()).dump());
}

} // namespace

ClientDirectory::ClientDirectory(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Result<std::vector<ClientSummary>> ClientDirectory::find(const QString& typed, int limit,
                                                                  const QString& tag) const
{
    const QString match = ClientSearchIndex::matchExpression(typed);
    QString sql = QStringLiteral("SELECT %1 FROM clients c WHERE c.is_deleted = 0").arg(kColumns);
    QVariantList values;
    if (!match.isEmpty()) {
        sql += QStringLiteral(" AND c.id IN (SELECT client_id FROM client_search"
                              " WHERE client_search MATCH ?)");
        values << match;
    }
    if (!tag.isEmpty()) {
        sql += QStringLiteral(" AND instr(c.tags, ?) > 0");
        values << tagNeedle(tag);
    }
    values << limit;
    auto query = execSql(m_db, sql + kOrder + QStringLiteral(" LIMIT ?"), values);
    if (!query) {
        return query.error();
    }
    std::vector<ClientSummary> clients;
    while (query->next()) {
        clients.push_back(readSummary(*query));
    }
    return clients;
}

fitflow::Result<QStringList> ClientDirectory::allTags() const
{
    auto query = execSql(m_db, QStringLiteral("SELECT DISTINCT tags FROM clients"
                                              " WHERE is_deleted = 0 AND tags IS NOT NULL"
                                              " AND tags <> '[]'"));
    if (!query) {
        return query.error();
    }
    QStringList tags;
    while (query->next()) {
        tags << jsonStrings(query->value(0));
    }
    tags.removeDuplicates();
    tags.sort();
    return tags;
}

fitflow::Result<ClientSummary> ClientDirectory::client(const QString& clientId) const
{
    auto query =
        execSql(m_db,
                QStringLiteral("SELECT %1 FROM clients c WHERE c.id = ? AND c.is_deleted = 0")
                    .arg(kColumns),
                {clientId});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return makeError("not_found", "no client with id " + clientId.toStdString());
    }
    return readSummary(*query);
}

} // namespace fitflow::desktop
