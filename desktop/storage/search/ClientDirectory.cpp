#include "desktop/storage/search/ClientDirectory.h"

#include "desktop/storage/SqlStatement.h"
#include "desktop/storage/search/ClientSearchIndex.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fitflow::desktop {

namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.org_id, coalesce(c.first_name, ''), coalesce(c.last_name, ''),"
    " coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.home_location_id, ''),"
    " c.trainer_ids");
const QString kOrder =
    QStringLiteral(" ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id");

ClientSummary readSummary(const QSqlQuery& query)
{
    QStringList trainers;
    const QJsonArray ids = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).array();
    for (const auto& id : ids) {
        trainers << id.toString();
    }
    return {query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(),
            query.value(4).toString(), query.value(5).toString(),
            query.value(6).toString(), trainers};
}

} // namespace

ClientDirectory::ClientDirectory(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Result<std::vector<ClientSummary>> ClientDirectory::find(const QString& typed,
                                                                  int limit) const
{
    const QString match = ClientSearchIndex::matchExpression(typed);
    auto query =
        match.isEmpty()
            ? execSql(m_db,
                      QStringLiteral("SELECT %1 FROM clients c WHERE c.is_deleted = 0%2 LIMIT ?")
                          .arg(kColumns, kOrder),
                      {limit})
            : execSql(m_db,
                      QStringLiteral("SELECT %1 FROM client_search s JOIN clients c"
                                     " ON c.id = s.client_id WHERE client_search MATCH ?"
                                     " AND c.is_deleted = 0%2 LIMIT ?")
                          .arg(kColumns, kOrder),
                      {match, limit});
    if (!query) {
        return query.error();
    }
    std::vector<ClientSummary> clients;
    while (query->next()) {
        clients.push_back(readSummary(*query));
    }
    return clients;
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
