#include "server/storage/sync/PgRecordWriter.h"

#include "server/service/tenancy/ActingRole.h"
#include "server/storage/TenantTransaction.h"
#include "server/storage/sync/PgStoredRecord.h"
#include "server/storage/sync/PgSyncTables.h"

#include <pqxx/pqxx>

#include <optional>

namespace fitflow::storage {

namespace {

using sync::RecordMutation;
using sync::RecordOperation;
using sync::SyncEntity;

std::optional<StoredRecord> loadRecord(pqxx::transaction_base& tx, const SyncTable& table,
                                       const std::string& orgId, const std::string& id)
{
    const std::string sql = "SELECT " + storedRecordSelectList(table) + " FROM " +
                            std::string(table.table) +
                            " t WHERE t.org_id = $1 AND t.id = $2 FOR UPDATE";
    const auto rows = tx.exec_params(sql, orgId, id);
    if (rows.empty()) {
        return std::nullopt;
    }
    return decodeStoredRecord(table, rows[0], 0);
}

void updateRow(pqxx::transaction_base& tx, const SyncTable& table, const std::string& orgId,
               const std::string& id, const StoredRecord& stored)
{
    const std::string sql = "UPDATE " + std::string(table.table) + " t SET " +
                            updateAssignments(table) +
                            " FROM (SELECT $3::jsonb -> 'v' AS v, $3::jsonb -> 's' AS s) input "
                            "WHERE t.org_id = $1 AND t.id = $2";
    tx.exec_params(sql, orgId, id, storedRecordInput(stored).dump());
}

void insertRow(pqxx::transaction_base& tx, const SyncTable& table, const SyncMutationActor& actor,
               const std::string& id, const StoredRecord& stored)
{
    auto input = storedRecordInput(stored);
    if (table.entity == SyncEntity::Note) {
        input["v"]["$author"] = actor.userId;
    }
    const auto [columns, expressions] = insertColumns(table);
    const std::string sql = "INSERT INTO " + std::string(table.table) + " (org_id, id, " + columns +
                            ") SELECT $1, $2, " + expressions +
                            " FROM (SELECT $3::jsonb -> 'v' AS v, $3::jsonb -> 's' AS s) input";
    tx.exec_params(sql, actor.orgId, id, input.dump());
}

// `chosen` holds the role this mutation's tenant context already names (if any): choosing the
// same role again needs no second round trip.
Status switchRole(pqxx::transaction_base& tx, const SyncMutationActor& actor, Action action,
                  Resource resource, std::optional<Role>& chosen)
{
    const std::optional<Role> current = chosen;
    chosen = service::chooseActingRole(actor.heldRoles, action, resource);
    if (!chosen) {
        return makeError("forbidden", "your role in this organization does not allow this");
    }
    if (chosen != current) {
        setTenantContext(tx, TenantContext{actor.orgId, actor.userId,
                                           std::string(enumToName(kRoleNames, *chosen))});
    }
    return {};
}

// An insert-only record (a consent version): created once by a role that may create it, in
// the writer's name; any later write or delete of the same id is refused, never merged.
Status insertOnce(pqxx::transaction_base& tx, const SyncMutationActor& actor, SyncEntity entity,
                  const std::string& entityId, const RecordMutation& mutation)
{
    const std::string name(sync::entityName(entity));
    if (mutation.operation != RecordOperation::Write) {
        return makeError("immutable_record", "a " + name + " is never deleted");
    }
    std::optional<Role> role;
    if (auto allowed = switchRole(tx, actor, Action::Create, sync::resourceOf(entity), role);
        !allowed) {
        return allowed;
    }
    const SyncTable& table = syncTable(entity);
    const auto exists = tx.exec_params(
        "SELECT 1 FROM " + std::string(table.table) + " WHERE id = $1::uuid", entityId);
    if (!exists.empty()) {
        return makeError("immutable_record",
                         "a " + name + " is never changed: record a new version instead");
    }
    const auto author = mutation.fields.find("recorded_by");
    if (author != mutation.fields.end() && *author != nlohmann::json(actor.userId)) {
        return makeError("forbidden", "a " + name + " is recorded in the name of its writer",
                         "recorded_by");
    }
    auto plan = planRecordMutation(table, std::nullopt, mutation, actor, true);
    if (!plan) {
        return plan.error();
    }
    insertRow(tx, table, actor, entityId, plan->row);
    return {};
}

} // namespace

Status applyRecordMutation(pqxx::transaction_base& transaction, const SyncMutationActor& actor,
                           SyncEntity entity, const std::string& entityId,
                           const RecordMutation& mutation)
{
    if (sync::isInsertOnly(entity)) {
        return insertOnce(transaction, actor, entity, entityId, mutation);
    }
    const SyncTable& table = syncTable(entity);
    const Resource resource = sync::resourceOf(entity);
    const Action change =
        mutation.operation == RecordOperation::Write ? Action::Update : Action::Delete;
    std::optional<Role> role;
    if (auto allowed = switchRole(transaction, actor, change, resource, role); !allowed) {
        // Without the right to change, only a create can still be allowed.
        if (mutation.operation != RecordOperation::Write) {
            return allowed;
        }
    }
    const auto stored = role ? loadRecord(transaction, table, actor.orgId, entityId) : std::nullopt;
    const bool mayCreate =
        service::chooseActingRole(actor.heldRoles, Action::Create, resource).has_value();
    auto plan = planRecordMutation(table, stored, mutation, actor, mayCreate);
    if (!plan) {
        return plan.error();
    }
    if (plan->write == RowWrite::Update) {
        updateRow(transaction, table, actor.orgId, entityId, plan->row);
    } else if (plan->write == RowWrite::Insert) {
        if (auto allowed = switchRole(transaction, actor, Action::Create, resource, role);
            !allowed) {
            return allowed;
        }
        insertRow(transaction, table, actor, entityId, plan->row);
        if (entity == SyncEntity::Client && (role == Role::Trainer || role == Role::TrainerAdmin)) {
            transaction.exec_params(
                "INSERT INTO client_trainers (org_id, client_id, trainer_user_id) "
                "VALUES ($1, $2, $3)",
                actor.orgId, entityId, actor.userId);
        }
    }
    return {};
}

} // namespace fitflow::storage
