#include "desktop/sync/FieldValidation.h"

#include "shared/codec/TextFormats.h"

#include <array>
#include <string_view>

namespace fitflow::desktop {

namespace {

constexpr std::array<std::string_view, 4> kSessionStatuses{"scheduled", "completed", "cancelled",
                                                           "no_show"};
constexpr std::array<std::string_view, 2> kNoteFormats{"soap", "free"};
// The server's limits (SyncFieldCatalog): a longer value would only come back as a rejection.
constexpr std::size_t kMaxNameLength = 100;
constexpr std::size_t kMaxOptionalTextLength = 320;

template <std::size_t N>
bool isOneOf(const std::string& text, const std::array<std::string_view, N>& allowed)
{
    for (const std::string_view candidate : allowed) {
        if (text == candidate) {
            return true;
        }
    }
    return false;
}

fitflow::Status checkValue(const FieldSpec& field, const nlohmann::json& value)
{
    const auto fail = [&](const char* code, const std::string& message) {
        return fitflow::Status(makeError(code, message, field.name));
    };
    const bool optional =
        field.kind == FieldKind::OptionalText || field.kind == FieldKind::OptionalUuid;
    if (value.is_null()) {
        return optional ? fitflow::Status() : fail("invalid_value", "this field cannot be null");
    }
    if (field.kind == FieldKind::Boolean) {
        return value.is_boolean() ? fitflow::Status()
                                  : fail("wrong_type", "expected true or false");
    }
    if (!value.is_string()) {
        return fail("wrong_type", "expected a string");
    }
    const std::string text = value.get<std::string>();
    switch (field.kind) {
    case FieldKind::RequiredText:
        return text.empty() || text.size() > kMaxNameLength
                   ? fail("invalid_value", "expected 1 to 100 characters")
                   : fitflow::Status();
    case FieldKind::OptionalText:
        return text.size() > kMaxOptionalTextLength
                   ? fail("invalid_value", "expected at most 320 characters")
                   : fitflow::Status();
    case FieldKind::Boolean:
        return {};
    case FieldKind::Uuid:
    case FieldKind::OptionalUuid:
        return isCanonicalUuid(text) ? fitflow::Status()
                                     : fail("invalid_value", "expected a lowercase canonical UUID");
    case FieldKind::UtcInstant: {
        // Canonical form only, so every device and the server store the same text.
        const auto instant = parseUtcInstant(text);
        return instant && formatUtcInstant(*instant) == text
                   ? fitflow::Status()
                   : fail("invalid_value",
                          "expected an RFC 3339 UTC time like 2026-03-15T14:00:00Z");
    }
    case FieldKind::SessionStatus:
        return isOneOf(text, kSessionStatuses)
                   ? fitflow::Status()
                   : fail("invalid_value",
                          "expected one of scheduled, completed, cancelled, no_show");
    case FieldKind::NoteFormat:
        return isOneOf(text, kNoteFormats) ? fitflow::Status()
                                           : fail("invalid_value", "expected soap or free");
    }
    return {};
}

} // namespace

fitflow::Status validateFields(const EntitySpec& entity, const nlohmann::json& fields,
                               bool creating)
{
    if (!fields.is_object()) {
        return makeError("wrong_type", "expected a JSON object of fields");
    }
    if (fields.empty()) {
        return makeError("invalid_value", "no fields given");
    }
    for (const auto& [name, value] : fields.items()) {
        const FieldSpec* field = entity.field(name);
        if (field == nullptr) {
            return makeError("unknown_field", "'" + entity.name + "' has no field '" + name + "'",
                             name);
        }
        if (auto checked = checkValue(*field, value); !checked) {
            return checked;
        }
    }
    if (creating) {
        for (const FieldSpec& field : entity.fields) {
            if (field.requiredOnCreate && !fields.contains(field.name)) {
                return makeError("missing_field",
                                 "a new " + entity.name + " needs '" + field.name + "'",
                                 field.name);
            }
        }
    }
    return {};
}

} // namespace fitflow::desktop
