#include "server/service/sync/PushBatch.h"

#include "server/service/sync/SyncFieldCatalog.h"
#include "shared/codec/TextFormats.h"
#include "shared/sync/MutationCodec.h"

#include <set>

namespace fitflow::sync {

namespace {

const std::set<std::string> kEnvelopeKeys{"id", "org_id", "entity", "entity_id", "change", "note"};

Result<std::string> uuidMember(const nlohmann::json& body, const char* key)
{
    const auto found = body.find(key);
    if (found == body.end()) {
        return makeError("missing_field", std::string(key) + " is required", key);
    }
    if (!found->is_string() || !isCanonicalUuid(found->get_ref<const std::string&>())) {
        return makeError("invalid_value", std::string(key) + " must be a lower-case uuid", key);
    }
    return found->get<std::string>();
}

Status checkRecordFields(SyncEntity entity, const RecordMutation& mutation)
{
    for (const auto& [name, value] : mutation.fields) {
        const FieldSpec* spec = findField(entity, name);
        if (spec == nullptr) {
            return makeError("unknown_field",
                             "a " + std::string(entityName(entity)) + " has no field " + name,
                             "change.fields." + name);
        }
        if (auto valid = validateFieldValue(*spec, value); !valid) {
            return withPathPrefix(valid.error(), "change.fields");
        }
    }
    return {};
}

} // namespace

Result<std::vector<PushEnvelope>> parsePushBatch(const nlohmann::json& body)
{
    if (!body.is_object()) {
        return makeError("invalid_json", "the body must be a JSON object");
    }
    for (const auto& [key, value] : body.items()) {
        if (key != "schema_version" && key != "mutations") {
            return makeError("invalid_json", "unknown field " + key, key);
        }
    }
    const auto schema = body.find("schema_version");
    if (schema == body.end() || !schema->is_number_integer()) {
        return makeError("invalid_json", "schema_version must be an integer", "schema_version");
    }
    if (schema->get<std::int64_t>() != kSyncSchemaVersion) {
        return makeError("schema_unsupported", "this server speaks sync schema_version 1",
                         "schema_version");
    }
    const auto mutations = body.find("mutations");
    if (mutations == body.end() || !mutations->is_array()) {
        return makeError("invalid_json", "mutations must be an array", "mutations");
    }
    if (mutations->empty() || mutations->size() > kMaxPushMutations) {
        return makeError("bad_request", "a batch holds 1 to 200 mutations", "mutations");
    }
    std::vector<PushEnvelope> envelopes;
    envelopes.reserve(mutations->size());
    for (std::size_t i = 0; i < mutations->size(); ++i) {
        const auto& mutation = (*mutations)[i];
        const std::string path = "mutations." + std::to_string(i);
        if (!mutation.is_object()) {
            return makeError("invalid_json", "each mutation must be an object", path);
        }
        const auto id = mutation.find("id");
        if (id == mutation.end() || !id->is_number_integer() || id->get<std::int64_t>() < 1) {
            return makeError("invalid_json", "a mutation id must be a positive integer",
                             path + ".id");
        }
        const std::int64_t value = id->get<std::int64_t>();
        if (!envelopes.empty() && value != envelopes.back().id + 1) {
            return makeError("bad_request", "mutation ids must be consecutive", path + ".id");
        }
        envelopes.push_back(PushEnvelope{value, mutation});
    }
    return envelopes;
}

Result<DecodedMutation> decodeMutation(const PushEnvelope& envelope)
{
    const auto& body = envelope.body;
    for (const auto& [key, value] : body.items()) {
        if (!kEnvelopeKeys.contains(key)) {
            return makeError("unknown_field", "a mutation has no field " + key, key);
        }
    }
    DecodedMutation decoded;
    decoded.id = envelope.id;
    auto orgId = uuidMember(body, "org_id");
    if (!orgId) {
        return orgId.error();
    }
    decoded.orgId = std::move(*orgId);
    const auto entity = body.find("entity");
    const auto known = entity != body.end() && entity->is_string()
                           ? enumFromName(kSyncEntityNames, entity->get_ref<const std::string&>())
                           : std::nullopt;
    if (!known || writableFields(*known).empty()) {
        return makeError("unknown_entity", "devices write client, session and note", "entity");
    }
    decoded.entity = *known;
    auto entityId = uuidMember(body, "entity_id");
    if (!entityId) {
        return entityId.error();
    }
    decoded.entityId = std::move(*entityId);

    const bool hasChange = body.contains("change");
    const bool hasNote = body.contains("note");
    if (hasChange == hasNote) {
        return makeError("invalid_value", "a mutation carries exactly one of change and note");
    }
    if (hasNote) {
        if (decoded.entity != SyncEntity::Note) {
            return makeError("invalid_value", "only a note carries a note mutation", "note");
        }
        auto note = noteMutationFromJson(body.at("note"));
        if (!note) {
            return withPathPrefix(note.error(), "note");
        }
        decoded.change = std::move(*note);
        return decoded;
    }
    auto record = recordMutationFromJson(body.at("change"));
    if (!record) {
        return withPathPrefix(record.error(), "change");
    }
    if (decoded.entity == SyncEntity::Note && record->operation != RecordOperation::Write) {
        return makeError("unsupported_operation", "notes are never deleted", "change.operation");
    }
    if (auto fields = checkRecordFields(decoded.entity, *record); !fields) {
        return fields.error();
    }
    decoded.change = std::move(*record);
    return decoded;
}

} // namespace fitflow::sync
