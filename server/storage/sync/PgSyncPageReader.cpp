#include "server/storage/sync/PgSyncPageReader.h"

#include "server/storage/TenantTransaction.h"
#include "server/storage/sync/PgSyncTables.h"
#include "server/storage/sync/money/PgMoneyPullRows.h"

#include <pqxx/pqxx>

#include <algorithm>
#include <map>
#include <optional>
#include <span>
#include <string>

namespace fitflow::storage {

namespace {

using sync::PulledRow;
using sync::PullPosition;
using sync::SyncEntity;

std::optional<std::string> optionalText(const pqxx::field& field)
{
    return field.is_null() ? std::nullopt : std::optional<std::string>(field.as<std::string>());
}

// The keyset condition for one entity: rows after (version, entity, id) in the global order.
std::string keysetCondition(std::string_view entity, const PullPosition& start)
{
    if (entity < start.entity) {
        return "t.server_version > $2";
    }
    if (entity == start.entity) {
        return "(t.server_version, t.id) > ($2, $4::uuid)";
    }
    return "t.server_version >= $2";
}

std::string selectSql(const SyncTable& table, const PullPosition& start)
{
    const std::string entity(sync::entityName(table.entity));
    const bool isOrganization = table.entity == SyncEntity::Organization;
    std::string sql = "SELECT t.id::text, t.server_version";
    for (const auto& column : table.columns) {
        sql += ", " + readExpression(column, "t");
    }
    if (table.hasMergeState) {
        // Each field's stamp as its own column: no JSON document to parse per row.
        for (const auto& column : table.columns) {
            sql += ", t.field_stamps ->> '" + std::string(column.field) + "'";
        }
    }
    if (table.hasTombstones) {
        sql += ", t.deleted_stamp, t.undeleted_stamp";
    }
    if (table.entity == SyncEntity::Note) {
        sql += ", coalesce((SELECT json_agg(m.mutation ORDER BY m.stamp) FROM note_sync_mutations m"
               " WHERE m.org_id = t.org_id AND m.note_id = t.id)::text, '[]')";
    }
    sql += " FROM " + std::string(table.table) + " t WHERE " +
           (isOrganization ? "t.id = $1" : "t.org_id = $1") + " AND " +
           keysetCondition(entity, start) + " ORDER BY t.server_version, t.id LIMIT $3";
    return sql;
}

// Adds "trainer_ids" to the client rows of a page from one query over all their assignments
// (an index lookup by id list), not a subquery per row; a client without any gets [].
void attachTrainerIds(pqxx::transaction_base& transaction, const std::string& orgId,
                      std::span<PulledRow> clients)
{
    if (clients.empty()) {
        return;
    }
    nlohmann::json ids = nlohmann::json::array();
    std::map<std::string, PulledRow*> byId;
    for (auto& client : clients) {
        client.body["trainer_ids"] = nlohmann::json::array();
        ids.push_back(client.id);
        byId.emplace(client.id, &client);
    }
    const auto assigned = transaction.exec_params(
        "SELECT ct.client_id::text, ct.trainer_user_id::text FROM client_trainers ct "
        "WHERE ct.org_id = $1 AND ct.client_id = ANY (ARRAY(SELECT "
        "jsonb_array_elements_text($2::jsonb)::uuid)) ORDER BY ct.client_id, ct.trainer_user_id",
        orgId, ids.dump());
    for (const auto& row : assigned) {
        if (const auto client = byId.find(row[0].as<std::string>()); client != byId.end()) {
            client->second->body["trainer_ids"].push_back(row[1].as<std::string>());
        }
    }
}

PulledRow renderRow(const SyncTable& table, const pqxx::row& row)
{
    PulledRow pulled;
    pulled.entity = table.entity;
    pulled.id = row[0].as<std::string>();
    pulled.version = row[1].as<std::int64_t>();
    int index = 2;
    if (!table.hasMergeState) {
        nlohmann::json values = nlohmann::json::object();
        for (const auto& column : table.columns) {
            values[std::string(column.field)] = columnValue(column, optionalText(row[index++]));
        }
        pulled.body = {{"values", std::move(values)}};
        return pulled;
    }
    const int firstStamp = index + static_cast<int>(table.columns.size());
    nlohmann::json fields = nlohmann::json::object();
    for (std::size_t offset = 0; offset < table.columns.size(); ++offset) {
        const auto& column = table.columns[offset];
        const auto stamp = optionalText(row[firstStamp + static_cast<int>(offset)]);
        fields[std::string(column.field)] = {
            {"value", columnValue(column, optionalText(row[index++]))},
            {"stamp", stamp ? *stamp : baselineStamp()}};
    }
    index = firstStamp + static_cast<int>(table.columns.size());
    nlohmann::json record{
        {"fields", std::move(fields)}, {"deleted", nullptr}, {"undeleted", nullptr}};
    if (table.hasTombstones) {
        const auto deleted = optionalText(row[index++]);
        const auto undeleted = optionalText(row[index++]);
        record["deleted"] = deleted ? nlohmann::json(*deleted) : nullptr;
        record["undeleted"] = undeleted ? nlohmann::json(*undeleted) : nullptr;
    }
    pulled.body = {{"record", std::move(record)}};
    if (table.entity == SyncEntity::Note) {
        pulled.body["history"] = nlohmann::json::parse(row[index++].as<std::string>());
    }
    return pulled;
}

bool before(const PulledRow& left, const PulledRow& right)
{
    const auto leftName = sync::entityName(left.entity);
    const auto rightName = sync::entityName(right.entity);
    return std::tie(left.version, leftName, left.id) < std::tie(right.version, rightName, right.id);
}

} // namespace

std::vector<PulledRow> readPulledRows(pqxx::transaction_base& transaction,
                                      const sync::PullScope& scope, const PullPosition& start,
                                      int maxRows)
{
    std::vector<PulledRow> rows;
    std::optional<Role> current; // the role the tenant context names: set again only on change
    for (const auto& [entity, role] : scope.readRoles) {
        if (!role || sync::isMoneyEntity(entity)) {
            continue; // money rows: appendMoneyRows below
        }
        if (role != current) {
            setTenantContext(transaction,
                             TenantContext{scope.orgId, scope.userId,
                                           std::string(enumToName(kRoleNames, *role))});
            current = role;
        }
        const SyncTable& table = syncTable(entity);
        const std::string sql = selectSql(table, start);
        const auto result =
            sync::entityName(entity) == start.entity
                ? transaction.exec_params(sql, scope.orgId, start.version, maxRows, start.id)
                : transaction.exec_params(sql, scope.orgId, start.version, maxRows);
        const std::size_t first = rows.size();
        for (const auto& row : result) {
            rows.push_back(renderRow(table, row));
        }
        if (entity == SyncEntity::Client) {
            attachTrainerIds(transaction, scope.orgId,
                             std::span<PulledRow>(rows).subspan(first, rows.size() - first));
        }
    }
    money::appendMoneyRows(transaction, scope, start, maxRows, rows);
    std::sort(rows.begin(), rows.end(), before);
    if (rows.size() > static_cast<std::size_t>(maxRows)) {
        rows.resize(static_cast<std::size_t>(maxRows));
    }
    return rows;
}

} // namespace fitflow::storage
