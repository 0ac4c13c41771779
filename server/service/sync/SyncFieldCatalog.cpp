#include "server/service/sync/SyncFieldCatalog.h"

#include "shared/codec/TextFormats.h"
#include "shared/scheduling/SessionStatus.h"

#include <array>

namespace fitflow::sync {

namespace {

constexpr std::size_t kMaxNameLength = 100;
constexpr std::size_t kMaxOptionalTextLength = 320;

constexpr std::array<FieldSpec, 5> kClientFields{{
    {"first_name", FieldKind::Name, true},
    {"last_name", FieldKind::Name, true},
    {"email", FieldKind::OptionalText, false},
    {"phone", FieldKind::OptionalText, false},
    {"home_location_id", FieldKind::OptionalUuid, false},
}};

constexpr std::array<FieldSpec, 6> kSessionFields{{
    {"client_id", FieldKind::Uuid, true},
    {"location_id", FieldKind::Uuid, true},
    {"trainer_id", FieldKind::Uuid, false}, // defaults to the writing user
    {"starts_at", FieldKind::UtcInstant, true},
    {"ends_at", FieldKind::UtcInstant, true},
    {"status", FieldKind::SessionStatus, false}, // defaults to "scheduled"
}};

constexpr std::array<FieldSpec, 4> kNoteFields{{
    {"client_id", FieldKind::Uuid, true},
    {"session_id", FieldKind::OptionalUuid, false},
    {"format", FieldKind::NoteFormat, true},
    {"shared_with_client", FieldKind::Boolean, false},
}};

Status invalid(const FieldSpec& spec, const std::string& what)
{
    return makeError("invalid_value", std::string(spec.name) + " " + what, std::string(spec.name));
}

bool isText(const nlohmann::json& value, std::size_t minLength, std::size_t maxLength)
{
    if (!value.is_string()) {
        return false;
    }
    const auto& text = value.get_ref<const std::string&>();
    return text.size() >= minLength && text.size() <= maxLength;
}

} // namespace

std::span<const FieldSpec> writableFields(SyncEntity entity)
{
    switch (entity) {
    case SyncEntity::Client:
        return kClientFields;
    case SyncEntity::Session:
        return kSessionFields;
    case SyncEntity::Note:
        return kNoteFields;
    case SyncEntity::Location:
    case SyncEntity::Organization:
    case SyncEntity::Invoice:
    case SyncEntity::NumberBlock:
    case SyncEntity::Payment:
        break;
    }
    return {};
}

const FieldSpec* findField(SyncEntity entity, std::string_view field)
{
    for (const auto& spec : writableFields(entity)) {
        if (spec.name == field) {
            return &spec;
        }
    }
    return nullptr;
}

Status validateFieldValue(const FieldSpec& spec, const nlohmann::json& value)
{
    switch (spec.kind) {
    case FieldKind::Name:
        return isText(value, 1, kMaxNameLength) ? Status{}
                                                : invalid(spec, "must be 1 to 100 characters");
    case FieldKind::OptionalText:
        return value.is_null() || isText(value, 0, kMaxOptionalTextLength)
                   ? Status{}
                   : invalid(spec, "must be text up to 320 characters or null");
    case FieldKind::Uuid:
        return value.is_string() && isCanonicalUuid(value.get_ref<const std::string&>())
                   ? Status{}
                   : invalid(spec, "must be a lower-case uuid");
    case FieldKind::OptionalUuid:
        return value.is_null() ||
                       (value.is_string() && isCanonicalUuid(value.get_ref<const std::string&>()))
                   ? Status{}
                   : invalid(spec, "must be a lower-case uuid or null");
    case FieldKind::UtcInstant: {
        if (value.is_string()) {
            const auto& text = value.get_ref<const std::string&>();
            const auto instant = parseUtcInstant(text);
            if (instant && formatUtcInstant(*instant) == text) {
                return {};
            }
        }
        return invalid(spec, "must be an RFC 3339 UTC instant like 2026-03-15T14:00:00Z");
    }
    case FieldKind::SessionStatus:
        return value.is_string() && scheduling::parseStatus(value.get_ref<const std::string&>())
                   ? Status{}
                   : invalid(spec, "must be scheduled, completed, cancelled or no_show");
    case FieldKind::NoteFormat:
        return value == "soap" || value == "free" ? Status{}
                                                  : invalid(spec, "must be soap or free");
    case FieldKind::Boolean:
        return value.is_boolean() ? Status{} : invalid(spec, "must be true or false");
    }
    return invalid(spec, "has an unknown kind");
}

} // namespace fitflow::sync
