#include "desktop/sync/LocalChanges.h"

#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/StoreTransaction.h"
#include "desktop/sync/FieldValidation.h"
#include "desktop/sync/NewRecordId.h"
#include "desktop/sync/NoteStore.h"
#include "shared/codec/TextFormats.h"
#include "shared/sync/MutationCodec.h"

namespace fitflow::desktop {

namespace {

constexpr const char* kTextField = "text";

fitflow::Result<const EntitySpec*> writableEntity(const std::string& name)
{
    const EntitySpec* entity = findSyncedEntity(name);
    if (entity == nullptr || !entity->isLocallyWritable()) {
        return makeError("unknown_entity",
                         "'" + name + "' is not one of client, session, note, consent, package");
    }
    return entity;
}

// Splits a note's pseudo-field "text" off the header fields.
fitflow::Result<std::optional<std::string>> takeNoteText(const EntitySpec& entity,
                                                         nlohmann::json& fields)
{
    if (entity.merge != MergeKind::LwwAndNote || !fields.is_object() ||
        !fields.contains(kTextField)) {
        return std::optional<std::string>();
    }
    const nlohmann::json text = fields.at(kTextField);
    if (!text.is_string()) {
        return makeError("wrong_type", "expected a string", kTextField);
    }
    fields.erase(kTextField);
    return std::optional<std::string>(text.get<std::string>());
}

fitflow::Status checkOrganization(EntityRepository& entities, const std::string& orgId)
{
    if (!isCanonicalUuid(orgId)) {
        return makeError("invalid_value", "the organization id is not a canonical UUID", "org");
    }
    auto known = entities.allPlainRows(*findSyncedEntity("organization"));
    if (!known) {
        return known.error();
    }
    // Before the first sync the device knows no organization and trusts the id it was given.
    if (known->empty()) {
        return {};
    }
    for (const PlainRow& row : *known) {
        if (row.id == orgId) {
            return {};
        }
    }
    return makeError("unknown_organization", "this device has no organization " + orgId, "org");
}

// One change applied to a record and queued for push, inside the caller's transaction.
class ChangeWriter {
public:
    explicit ChangeWriter(const QSqlDatabase& db, PhysicalClock physical)
        : m_entities(db)
        , m_outbox(db)
        , m_state(db)
        , m_notes(db)
        , m_clock(m_state, std::move(physical))
    {
    }

    EntityRepository& entities() { return m_entities; }
    SyncStateRepository& state() { return m_state; }

    fitflow::Result<std::optional<StoredRecord>> liveRecord(const EntitySpec& entity,
                                                            const std::string& id)
    {
        auto row = m_entities.loadRecord(entity, id);
        if (!row) {
            return row.error();
        }
        if (!*row || (*row)->state.isDeleted()) {
            return makeError("not_found", "no " + entity.name + " with id " + id);
        }
        return row;
    }

    fitflow::Status writeRecord(const EntitySpec& entity, StoredRecord& row,
                                sync::RecordOperation operation, const nlohmann::json& fields)
    {
        auto stamp = m_clock.next();
        if (!stamp) {
            return stamp.error();
        }
        sync::RecordMutation mutation{operation, *stamp, {}};
        if (operation == sync::RecordOperation::Write) {
            mutation.fields = fields.get<std::map<std::string, nlohmann::json>>();
        }
        row.state.apply(mutation);
        if (auto saved = m_entities.saveRecord(entity, row); !saved) {
            return saved;
        }
        return queue(entity, row, {{"change", sync::recordMutationToJson(mutation)}});
    }

    fitflow::Status editNoteText(const EntitySpec& entity, const StoredRecord& row,
                                 std::string text)
    {
        auto history = m_entities.noteHistory(row.id);
        if (!history) {
            return history.error();
        }
        auto stamp = m_clock.next();
        if (!stamp) {
            return stamp.error();
        }
        auto edit = history->makeEdit(std::move(text), *stamp);
        if (!edit) {
            return edit.error();
        }
        const nlohmann::json mutation = sync::noteMutationToJson(*edit);
        if (auto saved = m_notes.addMutations(row.id, {mutation}); !saved) {
            return saved;
        }
        return queue(entity, row, {{"note", mutation}});
    }

private:
    fitflow::Status queue(const EntitySpec& entity, const StoredRecord& row, nlohmann::json payload)
    {
        auto appended = m_outbox.append({0, row.orgId, entity.name, row.id, std::move(payload)});
        return appended ? fitflow::Status() : fitflow::Status(appended.error());
    }

    EntityRepository m_entities;
    OutboxRepository m_outbox;
    SyncStateRepository m_state;
    NoteStore m_notes;
    LocalClock m_clock;
};

fitflow::Status applyDefaults(const EntitySpec& entity, nlohmann::json& fields,
                              SyncStateRepository& state)
{
    if (entity.name == "session") {
        if (!fields.contains("status")) {
            fields["status"] = "scheduled";
        }
        if (!fields.contains("trainer_id")) {
            auto account = state.account();
            if (!account) {
                return account.error();
            }
            if (!*account || (*account)->userId.empty()) {
                return makeError("missing_field",
                                 "give trainer_id, or log in so it defaults to you", "trainer_id");
            }
            fields["trainer_id"] = (*account)->userId;
        }
    } else if (entity.merge == MergeKind::LwwAndNote && !fields.contains("format")) {
        fields["format"] = "free";
    }
    return {};
}

} // namespace

LocalChanges::LocalChanges(QSqlDatabase db, PhysicalClock physical)
    : m_db(std::move(db))
    , m_physical(std::move(physical))
{
}

fitflow::Result<std::string> LocalChanges::add(const std::string& entityName,
                                               const std::string& orgId, nlohmann::json fields)
{
    auto entity = writableEntity(entityName);
    if (!entity) {
        return entity.error();
    }
    auto text = takeNoteText(**entity, fields);
    if (!text) {
        return text.error();
    }
    if ((*entity)->merge == MergeKind::LwwAndNote && !*text) {
        return makeError("missing_field", "a new note needs 'text'", kTextField);
    }
    auto transaction = StoreTransaction::begin(m_db);
    if (!transaction) {
        return transaction.error();
    }
    ChangeWriter writer(m_db, m_physical);
    if (auto known = checkOrganization(writer.entities(), orgId); !known) {
        return known.error();
    }
    if (!fields.is_object()) {
        return makeError("wrong_type", "expected a JSON object of fields");
    }
    if (auto defaulted = applyDefaults(**entity, fields, writer.state()); !defaulted) {
        return defaulted.error();
    }
    if (auto valid = validateFields(**entity, fields, true); !valid) {
        return valid.error();
    }
    StoredRecord row{newRecordId(**entity, orgId, fields), orgId, {}, nlohmann::json::array()};
    // A derived id (availability) may already be here, pulled or made before: update that one.
    if (auto taken = writer.entities().loadRecord(**entity, row.id); !taken || *taken) {
        return taken ? makeError("already_exists", "this device already has " + entityName + " " +
                                                       row.id + "; update it instead")
                     : fitflow::Error(taken.error());
    }
    if (auto written = writer.writeRecord(**entity, row, sync::RecordOperation::Write, fields);
        !written) {
        return written.error();
    }
    if (*text) {
        if (auto edited = writer.editNoteText(**entity, row, std::move(**text)); !edited) {
            return edited.error();
        }
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return row.id;
}

fitflow::Status LocalChanges::update(const std::string& entityName, const std::string& id,
                                     nlohmann::json fields)
{
    auto entity = writableEntity(entityName);
    if (!entity) {
        return entity.error();
    }
    auto text = takeNoteText(**entity, fields);
    if (!text) {
        return text.error();
    }
    const bool headerChanged = fields.is_object() && !fields.empty();
    if (!*text || headerChanged) {
        if (auto valid = validateFields(**entity, fields, false); !valid) {
            return valid;
        }
    }
    auto transaction = StoreTransaction::begin(m_db);
    if (!transaction) {
        return transaction.error();
    }
    ChangeWriter writer(m_db, m_physical);
    auto row = writer.liveRecord(**entity, id);
    if (!row) {
        return row.error();
    }
    if (headerChanged) {
        if (auto written =
                writer.writeRecord(**entity, **row, sync::RecordOperation::Write, fields);
            !written) {
            return written;
        }
    }
    if (*text) {
        if (auto edited = writer.editNoteText(**entity, **row, std::move(**text)); !edited) {
            return edited;
        }
    }
    return transaction->commit();
}

fitflow::Status LocalChanges::remove(const std::string& entityName, const std::string& id)
{
    auto entity = writableEntity(entityName);
    if (!entity) {
        return entity.error();
    }
    if ((*entity)->insertOnly) {
        return makeError("immutable_record", "a " + entityName + " is never deleted");
    }
    auto transaction = StoreTransaction::begin(m_db);
    if (!transaction) {
        return transaction.error();
    }
    ChangeWriter writer(m_db, m_physical);
    auto row = writer.liveRecord(**entity, id);
    if (!row) {
        return row.error();
    }
    if (auto written = writer.writeRecord(**entity, **row, sync::RecordOperation::Delete, {});
        !written) {
        return written;
    }
    return transaction->commit();
}

} // namespace fitflow::desktop
