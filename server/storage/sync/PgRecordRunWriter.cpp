#include "server/storage/sync/PgRecordRunWriter.h"

#include "server/service/tenancy/ActingRole.h"
#include "server/storage/TenantTransaction.h"
#include "server/storage/sync/PgStoredRecord.h"
#include "server/storage/sync/PgSyncTables.h"

#include <pqxx/pqxx>

#include <map>
#include <optional>
#include <stdexcept>

namespace fitflow::storage {

namespace {

using sync::SyncEntity;

void enterRole(pqxx::transaction_base& tx, const SyncMutationActor& actor, Role role)
{
    setTenantContext(
        tx, TenantContext{actor.orgId, actor.userId, std::string(enumToName(kRoleNames, role))});
}

// Every current row of the run visible to the acting role, locked, by id.
std::map<std::string, StoredRecord> loadRecords(pqxx::transaction_base& tx, const SyncTable& table,
                                                const std::string& orgId,
                                                std::span<const RecordRunWrite> writes)
{
    nlohmann::json ids = nlohmann::json::array();
    for (const auto& write : writes) {
        ids.push_back(*write.entityId);
    }
    const std::string sql =
        "SELECT t.id::text, " + storedRecordSelectList(table) + " FROM " +
        std::string(table.table) +
        " t WHERE t.org_id = $1 AND t.id = ANY (ARRAY(SELECT jsonb_array_elements_text($2::jsonb)"
        "::uuid)) FOR UPDATE";
    std::map<std::string, StoredRecord> stored;
    for (const auto& row : tx.exec_params(sql, orgId, ids.dump())) {
        stored.emplace(row[0].as<std::string>(), decodeStoredRecord(table, row, 1));
    }
    return stored;
}

// `rows`: [{"id": ..., "v": ..., "s": ...}, ...]
void updateRows(pqxx::transaction_base& tx, const SyncTable& table, const std::string& orgId,
                const nlohmann::json& rows)
{
    const std::string sql = "UPDATE " + std::string(table.table) + " t SET " +
                            updateAssignments(table) +
                            " FROM jsonb_to_recordset($2::jsonb) AS input(id uuid, v jsonb, s "
                            "jsonb) WHERE t.org_id = $1 AND t.id = input.id";
    const auto result = tx.exec_params(sql, orgId, rows.dump());
    if (result.affected_rows() != rows.size()) {
        // A row read a moment ago is no longer writable: let the one-by-one path decide.
        throw std::runtime_error("set-based update wrote fewer rows than planned");
    }
}

void insertRows(pqxx::transaction_base& tx, const SyncTable& table, const std::string& orgId,
                const nlohmann::json& rows)
{
    const auto [columns, expressions] = insertColumns(table);
    const std::string sql = "INSERT INTO " + std::string(table.table) + " (org_id, id, " + columns +
                            ") SELECT $1, input.id, " + expressions +
                            " FROM jsonb_to_recordset($2::jsonb) AS input(id uuid, v jsonb, s "
                            "jsonb)";
    tx.exec_params(sql, orgId, rows.dump());
}

void assignToTrainer(pqxx::transaction_base& tx, const SyncMutationActor& actor,
                     const nlohmann::json& clientIds)
{
    tx.exec_params("INSERT INTO client_trainers (org_id, client_id, trainer_user_id) "
                   "SELECT $1, value::uuid, $3 FROM jsonb_array_elements_text($2::jsonb)",
                   actor.orgId, clientIds.dump(), actor.userId);
}

nlohmann::json inputRow(const std::string& id, const StoredRecord& row)
{
    auto input = storedRecordInput(row);
    input["id"] = id;
    return input;
}

} // namespace

bool runsInSets(SyncEntity entity)
{
    return entity == SyncEntity::Client || entity == SyncEntity::Session;
}

std::vector<Status> applyRecordRun(pqxx::transaction_base& transaction,
                                   const SyncMutationActor& actor, SyncEntity entity,
                                   std::span<const RecordRunWrite> writes)
{
    const SyncTable& table = syncTable(entity);
    const Resource resource = sync::resourceOf(entity);
    const auto updateRole = service::chooseActingRole(actor.heldRoles, Action::Update, resource);
    const auto createRole = service::chooseActingRole(actor.heldRoles, Action::Create, resource);
    std::map<std::string, StoredRecord> stored;
    if (updateRole) {
        enterRole(transaction, actor, *updateRole);
        stored = loadRecords(transaction, table, actor.orgId, writes);
    }
    std::vector<Status> results;
    nlohmann::json updates = nlohmann::json::array();
    nlohmann::json inserts = nlohmann::json::array();
    nlohmann::json insertedIds = nlohmann::json::array();
    for (const auto& write : writes) {
        const auto found = stored.find(*write.entityId);
        const auto current =
            found != stored.end() ? std::optional<StoredRecord>(found->second) : std::nullopt;
        auto plan =
            planRecordMutation(table, current, *write.mutation, actor, createRole.has_value());
        if (!plan) {
            results.emplace_back(plan.error());
            continue;
        }
        results.emplace_back();
        if (plan->write == RowWrite::Update) {
            updates.push_back(inputRow(*write.entityId, plan->row));
        } else if (plan->write == RowWrite::Insert) {
            inserts.push_back(inputRow(*write.entityId, plan->row));
            insertedIds.push_back(*write.entityId);
        }
    }
    if (!updates.empty()) {
        updateRows(transaction, table, actor.orgId, updates);
    }
    if (!inserts.empty()) {
        if (createRole != updateRole) {
            enterRole(transaction, actor, *createRole);
        }
        insertRows(transaction, table, actor.orgId, inserts);
        if (entity == SyncEntity::Client &&
            (createRole == Role::Trainer || createRole == Role::TrainerAdmin)) {
            assignToTrainer(transaction, actor, insertedIds);
        }
    }
    return results;
}

} // namespace fitflow::storage
