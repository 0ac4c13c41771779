#include "server/storage/sync/PgRecordWriter.h"

#include "server/service/sync/SyncFieldCatalog.h"
#include "server/service/tenancy/ActingRole.h"
#include "server/storage/TenantTransaction.h"
#include "server/storage/sync/PgSyncTables.h"
#include "shared/scheduling/SessionStateMachine.h"
#include "shared/sync/LwwRecord.h"

#include <pqxx/pqxx>

#include <map>
#include <optional>

namespace fitflow::storage {

namespace {

using sync::Hlc;
using sync::LwwRecord;
using sync::RecordMutation;
using sync::RecordOperation;
using sync::SyncEntity;

// A row's merge state as stored: field values and stamps, tombstone stamps.
struct StoredRecord {
    LwwRecord record;
    std::optional<std::string> deletedStamp;
    std::optional<std::string> undeletedStamp;
};

std::optional<std::string> optionalText(const pqxx::field& field)
{
    return field.is_null() ? std::nullopt : std::optional<std::string>(field.as<std::string>());
}

Hlc parseStoredStamp(const std::string& text)
{
    auto stamp = Hlc::parse(text);
    return stamp ? std::move(*stamp) : *Hlc::parse(baselineStamp());
}

std::optional<StoredRecord> loadRecord(pqxx::transaction_base& tx, const SyncTable& table,
                                       const std::string& orgId, const std::string& id)
{
    std::string sql = "SELECT t.field_stamps::text";
    for (const auto& column : table.columns) {
        sql += ", " + readExpression(column, "t");
    }
    if (table.hasTombstones) {
        sql += ", t.deleted_stamp, t.undeleted_stamp";
    }
    sql += " FROM " + std::string(table.table) + " t WHERE t.org_id = $1 AND t.id = $2 FOR UPDATE";
    const auto rows = tx.exec_params(sql, orgId, id);
    if (rows.empty()) {
        return std::nullopt;
    }
    const auto& row = rows[0];
    const auto stamps = nlohmann::json::parse(row[0].as<std::string>());
    StoredRecord stored;
    int index = 1;
    for (const auto& column : table.columns) {
        const std::string field(column.field);
        const auto stamp = stamps.find(field);
        RecordMutation write;
        write.stamp =
            parseStoredStamp(stamp != stamps.end() && stamp->is_string() ? stamp->get<std::string>()
                                                                         : baselineStamp());
        write.fields[field] = columnValue(column, optionalText(row[index++]));
        stored.record.apply(write);
    }
    if (table.hasTombstones) {
        stored.deletedStamp = optionalText(row[index++]);
        stored.undeletedStamp = optionalText(row[index++]);
    }
    return stored;
}

void raiseTo(std::optional<std::string>& stored, const Hlc& stamp)
{
    const auto text = stamp.toString();
    if (!stored || *stored < text) {
        stored = text;
    }
}

// The row's values and stamps as the jsonb parameters of INSERT/UPDATE.
std::pair<nlohmann::json, nlohmann::json> rowParameters(const StoredRecord& stored)
{
    nlohmann::json values = nlohmann::json::object();
    nlohmann::json stamps = nlohmann::json::object();
    for (const auto& [field, stamped] : stored.record.fields()) {
        values[field] = stamped.value;
        stamps[field] = stamped.stamp.toString();
    }
    values["$deleted"] = stored.deletedStamp ? nlohmann::json(*stored.deletedStamp) : nullptr;
    values["$undeleted"] = stored.undeletedStamp ? nlohmann::json(*stored.undeletedStamp) : nullptr;
    return {values, stamps};
}

std::string assignments(const SyncTable& table)
{
    std::string sql;
    for (const auto& column : table.columns) {
        sql += std::string(column.column) + " = " + writeExpression(column, "input.v") + ", ";
    }
    sql += "field_stamps = $4::jsonb";
    if (table.hasTombstones) {
        sql +=
            ", deleted_stamp = input.v ->> '$deleted', undeleted_stamp = input.v ->> '$undeleted'";
    }
    return sql;
}

void updateRow(pqxx::transaction_base& tx, const SyncTable& table, const std::string& orgId,
               const std::string& id, const StoredRecord& stored)
{
    const auto [values, stamps] = rowParameters(stored);
    const std::string sql = "UPDATE " + std::string(table.table) + " t SET " + assignments(table) +
                            " FROM (SELECT $3::jsonb AS v) input "
                            "WHERE t.org_id = $1 AND t.id = $2";
    tx.exec_params(sql, orgId, id, values.dump(), stamps.dump());
}

void insertRow(pqxx::transaction_base& tx, const SyncTable& table, const SyncMutationActor& actor,
               const std::string& id, const StoredRecord& stored)
{
    const auto [values, stamps] = rowParameters(stored);
    std::string columns = "org_id, id";
    std::string expressions = "$1, $2";
    for (const auto& column : table.columns) {
        columns += ", " + std::string(column.column);
        expressions += ", " + writeExpression(column, "input.v");
    }
    columns += ", field_stamps";
    expressions += ", $4::jsonb";
    if (table.hasTombstones) {
        columns += ", deleted_stamp, undeleted_stamp";
        expressions += ", input.v ->> '$deleted', input.v ->> '$undeleted'";
    }
    auto withAuthor = values;
    if (table.entity == SyncEntity::Note) {
        columns += ", author_user_id";
        expressions += ", (input.v ->> '$author')::uuid";
        withAuthor["$author"] = actor.userId;
    }
    const std::string sql = "INSERT INTO " + std::string(table.table) + " (" + columns +
                            ") SELECT " + expressions + " FROM (SELECT $3::jsonb AS v) input";
    tx.exec_params(sql, actor.orgId, id, withAuthor.dump(), stamps.dump());
}

// Fields a create may leave out, with the value the server fills in (stamped as baseline, so
// any device write wins over the default).
std::optional<nlohmann::json> defaultValue(SyncEntity entity, const sync::FieldSpec& spec,
                                           const SyncMutationActor& actor)
{
    if (entity == SyncEntity::Session && spec.name == "trainer_id") {
        return nlohmann::json(actor.userId);
    }
    if (entity == SyncEntity::Session && spec.name == "status") {
        return nlohmann::json("scheduled");
    }
    if (entity == SyncEntity::Consent && spec.name == "recorded_by") {
        return nlohmann::json(actor.userId);
    }
    if (entity == SyncEntity::Package && spec.name == "currency") {
        return nlohmann::json("CAD");
    }
    if (spec.kind == sync::FieldKind::TagList) {
        return nlohmann::json::array();
    }
    if (spec.kind == sync::FieldKind::Boolean) {
        return nlohmann::json(false);
    }
    if (spec.requiredOnCreate) {
        return std::nullopt;
    }
    return nlohmann::json(nullptr);
}

Result<StoredRecord> newRecord(SyncEntity entity, const RecordMutation& mutation,
                               const SyncMutationActor& actor)
{
    StoredRecord created;
    for (const auto& spec : sync::writableFields(entity)) {
        if (mutation.fields.contains(std::string(spec.name))) {
            continue;
        }
        const auto value = defaultValue(entity, spec, actor);
        if (!value) {
            return makeError("missing_field",
                             "creating a " + std::string(sync::entityName(entity)) + " needs " +
                                 std::string(spec.name),
                             std::string(spec.name));
        }
        RecordMutation fill;
        fill.stamp = *Hlc::parse(baselineStamp());
        fill.fields[std::string(spec.name)] = *value;
        created.record.apply(fill);
    }
    created.record.apply(mutation);
    return created;
}

Status checkStatusChange(const LwwRecord& before, const LwwRecord& after)
{
    const auto* from = before.value("status");
    const auto* to = after.value("status");
    if (from == nullptr || to == nullptr || *from == *to || !from->is_string() ||
        !to->is_string()) {
        return {};
    }
    const auto fromStatus = scheduling::parseStatus(from->get<std::string>());
    const auto toStatus = scheduling::parseStatus(to->get<std::string>());
    if (!fromStatus || !toStatus) {
        return makeError("invalid_value", "unknown session status", "status");
    }
    return scheduling::checkTransition(*fromStatus, *toStatus);
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
    auto created = newRecord(entity, mutation, actor);
    if (!created) {
        return created.error();
    }
    insertRow(tx, table, actor, entityId, *created);
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
    auto stored = role ? loadRecord(transaction, table, actor.orgId, entityId) : std::nullopt;
    if (stored) {
        StoredRecord merged = *stored;
        if (mutation.operation == RecordOperation::Write) {
            merged.record.apply(mutation);
        } else if (!table.hasTombstones) {
            return makeError("unsupported_operation", "this entity is never deleted");
        } else if (mutation.operation == RecordOperation::Delete) {
            raiseTo(merged.deletedStamp, mutation.stamp);
        } else {
            raiseTo(merged.undeletedStamp, mutation.stamp);
        }
        if (entity == SyncEntity::Session) {
            if (auto legal = checkStatusChange(stored->record, merged.record); !legal) {
                return legal;
            }
        }
        if (merged.record == stored->record && merged.deletedStamp == stored->deletedStamp &&
            merged.undeletedStamp == stored->undeletedStamp) {
            return {}; // already merged: a re-delivered change
        }
        updateRow(transaction, table, actor.orgId, entityId, merged);
        return {};
    }
    if (mutation.operation != RecordOperation::Write) {
        return makeError("not_found", "no such " + std::string(sync::entityName(entity)));
    }
    if (auto allowed = switchRole(transaction, actor, Action::Create, resource, role); !allowed) {
        return allowed;
    }
    auto created = newRecord(entity, mutation, actor);
    if (!created) {
        return created.error();
    }
    insertRow(transaction, table, actor, entityId, *created);
    if (entity == SyncEntity::Client && (role == Role::Trainer || role == Role::TrainerAdmin)) {
        transaction.exec_params("INSERT INTO client_trainers (org_id, client_id, trainer_user_id) "
                                "VALUES ($1, $2, $3)",
                                actor.orgId, entityId, actor.userId);
    }
    return {};
}

} // namespace fitflow::storage
