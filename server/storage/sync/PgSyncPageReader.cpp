#include "server/storage/sync/PgSyncPageReader.h"

#include "server/storage/TenantTransaction.h"
#include "server/storage/sync/PgSyncTables.h"
#include "server/storage/sync/money/PgMoneyPullRows.h"

#include <pqxx/pqxx>

#include <algorithm>

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
        sql += ", t.field_stamps::text";
    }
    if (table.hasTombstones) {
        sql += ", t.deleted_stamp, t.undeleted_stamp";
    }
    if (table.entity == SyncEntity::Client) {
        sql += ", coalesce((SELECT json_agg(ct.trainer_user_id::text ORDER BY ct.trainer_user_id)"
               " FROM client_trainers ct WHERE ct.org_id = t.org_id AND ct.client_id = t.id)"
               "::text, '[]')";
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

PulledRow renderRow(const SyncTable& table, const pqxx::row& row)
{
    PulledRow pulled;
    pulled.entity = table.entity;
    pulled.id = row[0].as<std::string>();
    pulled.version = row[1].as<std::int64_t>();
    int index = 2;
    nlohmann::json values = nlohmann::json::object();
    for (const auto& column : table.columns) {
        values[std::string(column.field)] = columnValue(column, optionalText(row[index++]));
    }
    if (!table.hasMergeState) {
        pulled.body = {{"values", std::move(values)}};
        return pulled;
    }
    const auto stamps = nlohmann::json::parse(row[index++].as<std::string>());
    nlohmann::json fields = nlohmann::json::object();
    for (auto& [field, value] : values.items()) {
        const auto stamp = stamps.find(field);
        fields[field] = {
            {"value", value},
            {"stamp", stamp != stamps.end() ? *stamp : nlohmann::json(baselineStamp())}};
    }
    nlohmann::json record{
        {"fields", std::move(fields)}, {"deleted", nullptr}, {"undeleted", nullptr}};
    if (table.hasTombstones) {
        const auto deleted = optionalText(row[index++]);
        const auto undeleted = optionalText(row[index++]);
        record["deleted"] = deleted ? nlohmann::json(*deleted) : nullptr;
        record["undeleted"] = undeleted ? nlohmann::json(*undeleted) : nullptr;
    }
    pulled.body = {{"record", std::move(record)}};
    if (table.entity == SyncEntity::Client) {
        pulled.body["trainer_ids"] = nlohmann::json::parse(row[index++].as<std::string>());
    }
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
    for (const auto& [entity, role] : scope.readRoles) {
        if (!role || sync::isMoneyEntity(entity)) {
            continue; // money rows: appendMoneyRows below
        }
        setTenantContext(transaction, TenantContext{scope.orgId, scope.userId,
                                                    std::string(enumToName(kRoleNames, *role))});
        const SyncTable& table = syncTable(entity);
        const std::string sql = selectSql(table, start);
        const auto result =
            sync::entityName(entity) == start.entity
                ? transaction.exec_params(sql, scope.orgId, start.version, maxRows, start.id)
                : transaction.exec_params(sql, scope.orgId, start.version, maxRows);
        for (const auto& row : result) {
            rows.push_back(renderRow(table, row));
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
