#include "server/storage/sync/PgStoredRecord.h"

#include "server/service/sync/SyncFieldCatalog.h"
#include "shared/codec/TextFormats.h"
#include "shared/scheduling/SessionStateMachine.h"

#include <pqxx/pqxx>

#include <chrono>

namespace fitflow::storage {

namespace {

using sync::Hlc;
using sync::LwwRecord;
using sync::RecordMutation;
using sync::RecordOperation;
using sync::SyncEntity;

std::optional<std::string> optionalText(const pqxx::field& field)
{
    return field.is_null() ? std::nullopt : std::optional<std::string>(field.as<std::string>());
}

Hlc parseStoredStamp(const std::string& text)
{
    auto stamp = Hlc::parse(text);
    return stamp ? std::move(*stamp) : *Hlc::parse(baselineStamp());
}

void raiseTo(std::optional<std::string>& stored, const Hlc& stamp)
{
    const auto text = stamp.toString();
    if (!stored || *stored < text) {
        stored = text;
    }
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

// A completion or no-show needs the session to have started, judged at the mutation's stamp (when
// the change was made, already clamped to at most 5 minutes ahead of the server), not at the
// server's clock: an offline laptop pushes the completion hours later. `before` is null for a
// create. Path "change.fields.status", so the rejection names the field.
Status checkStartedAtStamp(const LwwRecord* before, const LwwRecord& after, const Hlc& stamp)
{
    const auto* to = after.value("status");
    const auto* startsAt = after.value("starts_at");
    if (to == nullptr || startsAt == nullptr || !to->is_string() || !startsAt->is_string()) {
        return {};
    }
    if (const auto* from = before ? before->value("status") : nullptr; from && *from == *to) {
        return {};
    }
    const auto status = scheduling::parseStatus(to->get<std::string>());
    const auto start = parseUtcInstant(startsAt->get<std::string>());
    if (!status || !start) {
        return {}; // field validation reports these
    }
    const auto started =
        scheduling::checkStarted(*status, std::chrono::floor<std::chrono::seconds>(*start),
                                 std::chrono::floor<std::chrono::seconds>(stamp.physical));
    return started ? started : withPathPrefix(started.error(), "change.fields");
}

Result<PlannedWrite> planChange(const SyncTable& table, const StoredRecord& stored,
                                const RecordMutation& mutation)
{
    StoredRecord merged = stored;
    if (mutation.operation == RecordOperation::Write) {
        merged.record.apply(mutation);
    } else if (!table.hasTombstones) {
        return makeError("unsupported_operation", "this entity is never deleted");
    } else if (mutation.operation == RecordOperation::Delete) {
        raiseTo(merged.deletedStamp, mutation.stamp);
    } else {
        raiseTo(merged.undeletedStamp, mutation.stamp);
    }
    if (table.entity == SyncEntity::Session) {
        if (auto legal = checkStatusChange(stored.record, merged.record); !legal) {
            return legal.error();
        }
        if (auto started = checkStartedAtStamp(&stored.record, merged.record, mutation.stamp);
            !started) {
            return started.error();
        }
    }
    if (merged == stored) {
        return PlannedWrite{}; // already merged: a re-delivered change
    }
    return PlannedWrite{RowWrite::Update, std::move(merged)};
}

} // namespace

std::string storedRecordSelectList(const SyncTable& table)
{
    std::string sql = "t.field_stamps::text";
    for (const auto& column : table.columns) {
        sql += ", " + readExpression(column, "t");
    }
    if (table.hasTombstones) {
        sql += ", t.deleted_stamp, t.undeleted_stamp";
    }
    return sql;
}

StoredRecord decodeStoredRecord(const SyncTable& table, const pqxx::row& row, int first)
{
    const auto stamps = nlohmann::json::parse(row[first].as<std::string>());
    StoredRecord stored;
    int index = first + 1;
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

nlohmann::json storedRecordInput(const StoredRecord& stored)
{
    nlohmann::json values = nlohmann::json::object();
    nlohmann::json stamps = nlohmann::json::object();
    for (const auto& [field, stamped] : stored.record.fields()) {
        values[field] = stamped.value;
        stamps[field] = stamped.stamp.toString();
    }
    values["$deleted"] = stored.deletedStamp ? nlohmann::json(*stored.deletedStamp) : nullptr;
    values["$undeleted"] = stored.undeletedStamp ? nlohmann::json(*stored.undeletedStamp) : nullptr;
    return {{"v", std::move(values)}, {"s", std::move(stamps)}};
}

std::string updateAssignments(const SyncTable& table)
{
    std::string sql;
    for (const auto& column : table.columns) {
        sql += std::string(column.column) + " = " + writeExpression(column, "input.v") + ", ";
    }
    sql += "field_stamps = input.s";
    if (table.hasTombstones) {
        sql +=
            ", deleted_stamp = input.v ->> '$deleted', undeleted_stamp = input.v ->> '$undeleted'";
    }
    return sql;
}

std::pair<std::string, std::string> insertColumns(const SyncTable& table)
{
    std::string columns;
    std::string expressions;
    for (const auto& column : table.columns) {
        columns += std::string(column.column) + ", ";
        expressions += writeExpression(column, "input.v") + ", ";
    }
    columns += "field_stamps";
    expressions += "input.s";
    if (table.hasTombstones) {
        columns += ", deleted_stamp, undeleted_stamp";
        expressions += ", input.v ->> '$deleted', input.v ->> '$undeleted'";
    }
    if (table.entity == SyncEntity::Note) {
        columns += ", author_user_id";
        expressions += ", (input.v ->> '$author')::uuid";
    }
    return {columns, expressions};
}

Result<PlannedWrite> planRecordMutation(const SyncTable& table,
                                        const std::optional<StoredRecord>& stored,
                                        const RecordMutation& mutation,
                                        const SyncMutationActor& actor, bool mayCreate)
{
    if (stored) {
        return planChange(table, *stored, mutation);
    }
    if (mutation.operation != RecordOperation::Write) {
        return makeError("not_found", "no such " + std::string(sync::entityName(table.entity)));
    }
    if (!mayCreate) {
        return makeError("forbidden", "your role in this organization does not allow this");
    }
    auto created = newRecord(table.entity, mutation, actor);
    if (!created) {
        return created.error();
    }
    if (table.entity == SyncEntity::Session) {
        if (auto started = checkStartedAtStamp(nullptr, created->record, mutation.stamp);
            !started) {
            return started.error();
        }
    }
    return PlannedWrite{RowWrite::Insert, std::move(*created)};
}

} // namespace fitflow::storage
