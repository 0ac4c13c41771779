#include "desktop/sync/FieldValidation.h"

#include "shared/clients/ClientTags.h"
#include "shared/clients/ConsentKind.h"
#include "shared/codec/TextFormats.h"
#include "shared/domain/FieldRules.h"
#include "shared/scheduling/AvailabilityWire.h"
#include "shared/scheduling/RecurrenceRule.h"
#include "shared/scheduling/SeriesWire.h"

#include <algorithm>
#include <array>
#include <cstdint>
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

// Counts (sessions of a package) are 1..1000; cents are whole and not negative.
fitflow::Status checkInteger(const FieldSpec& field, const nlohmann::json& value)
{
    constexpr std::int64_t kMaxCount = 1000;
    constexpr std::int64_t kMaxCents = 10'000'000'000;
    if (!value.is_number_integer()) {
        return makeError("wrong_type", "expected a whole number", field.name);
    }
    const auto number = value.get<std::int64_t>();
    const bool inRange = field.kind == FieldKind::Count ? number >= 1 && number <= kMaxCount
                                                        : number >= 0 && number <= kMaxCents;
    return inRange ? fitflow::Status()
                   : makeError("invalid_value",
                               field.kind == FieldKind::Count ? "expected 1 to 1000"
                                                              : "expected cents, not negative",
                               field.name);
}

fitflow::Status checkValue(const FieldSpec& field, const nlohmann::json& value)
{
    const auto fail = [&](const char* code, const std::string& message) {
        return fitflow::Status(makeError(code, message, field.name));
    };
    const bool optional =
        field.kind == FieldKind::OptionalText || field.kind == FieldKind::OptionalEmail ||
        field.kind == FieldKind::OptionalUuid || field.kind == FieldKind::OptionalDate;
    if (field.kind == FieldKind::ExceptionDates) {
        if (value.is_null()) {
            return {};
        }
        if (!value.is_string()) {
            return fail("wrong_type", "expected a string");
        }
        auto dates = scheduling::parseExceptionDates(value.get<std::string>());
        return dates ? fitflow::Status() : fail("invalid_value", dates.error().message);
    }
    if (value.is_null()) {
        return optional ? fitflow::Status() : fail("invalid_value", "this field cannot be null");
    }
    if (field.kind == FieldKind::Boolean) {
        return value.is_boolean() ? fitflow::Status()
                                  : fail("wrong_type", "expected true or false");
    }
    if (field.kind == FieldKind::TagList) {
        return clients::checkTagList(value);
    }
    if (field.kind == FieldKind::WeeklyRules) {
        const auto rules = scheduling::weeklyRulesFromJson(value);
        return rules ? fitflow::Status() : fail("invalid_value", rules.error().message);
    }
    if (field.kind == FieldKind::AvailabilityExceptions) {
        const auto exceptions = scheduling::availabilityExceptionsFromJson(value);
        return exceptions ? fitflow::Status() : fail("invalid_value", exceptions.error().message);
    }
    if (field.kind == FieldKind::Count || field.kind == FieldKind::Cents) {
        return checkInteger(field, value);
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
    case FieldKind::OptionalEmail:
        return text.empty() || isPlausibleEmail(text)
                   ? fitflow::Status()
                   : fail("invalid_value", "expected an e-mail address such as name@example.com");
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
    case FieldKind::RecurrenceRule: {
        auto rule = scheduling::parseRecurrenceRule(text);
        return rule && !text.starts_with("RRULE:")
                   ? fitflow::Status()
                   : fail("invalid_value", "expected an RRULE like FREQ=WEEKLY;COUNT=10");
    }
    case FieldKind::ExceptionDates:
        return {};
    case FieldKind::ConsentKind:
        return clients::parseConsentKind(text)
                   ? fitflow::Status()
                   : fail("invalid_value", "expected contact, data_sharing or photo");
    case FieldKind::PolicyVersion:
        return text.empty() || text.size() > clients::kMaxPolicyVersionLength
                   ? fail("invalid_value", "expected 1 to 50 characters")
                   : fitflow::Status();
    case FieldKind::Currency:
        return text.size() == 3 && std::all_of(text.begin(), text.end(),
                                               [](char c) { return c >= 'A' && c <= 'Z'; })
                   ? fitflow::Status()
                   : fail("invalid_value", "expected three upper-case letters like CAD");
    case FieldKind::OptionalDate: {
        const auto date = parseIsoDate(text);
        return date && formatIsoDate(*date) == text
                   ? fitflow::Status()
                   : fail("invalid_value", "expected a date like 2026-03-15");
    }
    case FieldKind::TagList:
    case FieldKind::WeeklyRules:
    case FieldKind::AvailabilityExceptions:
    case FieldKind::Count:
    case FieldKind::Cents:
        return {};
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
    if (!creating && entity.insertOnly) {
        return makeError("immutable_record",
                         "a " + entity.name + " is never changed: record a new one instead");
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
