#include "server/service/sync/SyncFieldCatalog.h"

#include "server/service/sync/AvailabilityFields.h"

#include "shared/clients/ClientTags.h"
#include "shared/clients/ConsentKind.h"
#include "shared/codec/TextFormats.h"
#include "shared/domain/FieldRules.h"
#include "shared/scheduling/SeriesWire.h"
#include "shared/scheduling/SessionStatus.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace fitflow::sync {

namespace {

constexpr std::size_t kMaxNameLength = 100;
constexpr std::size_t kMaxOptionalTextLength = 320;

constexpr std::array<FieldSpec, 6> kClientFields{{
    {"first_name", FieldKind::Name, true},
    {"last_name", FieldKind::Name, true},
    {"email", FieldKind::OptionalEmail, false},
    {"phone", FieldKind::OptionalText, false},
    {"home_location_id", FieldKind::OptionalUuid, false},
    {"tags", FieldKind::TagList, false}, // defaults to []
}};

constexpr std::array<FieldSpec, 8> kSessionFields{{
    {"client_id", FieldKind::Uuid, true},
    {"location_id", FieldKind::Uuid, true},
    {"trainer_id", FieldKind::Uuid, false}, // defaults to the writing user
    {"starts_at", FieldKind::UtcInstant, true},
    {"ends_at", FieldKind::UtcInstant, true},
    {"status", FieldKind::SessionStatus, false}, // defaults to "scheduled"
    {"package_id", FieldKind::OptionalUuid, false},
    {"series_id", FieldKind::OptionalUuid, false},
}};

constexpr std::array<FieldSpec, 4> kNoteFields{{
    {"client_id", FieldKind::Uuid, true},
    {"session_id", FieldKind::OptionalUuid, false},
    {"format", FieldKind::NoteFormat, true},
    {"shared_with_client", FieldKind::Boolean, false},
}};

// Insert-only (sync::isInsertOnly): written once, never updated.
constexpr std::array<FieldSpec, 6> kConsentFields{{
    {"client_id", FieldKind::Uuid, true},
    {"kind", FieldKind::ConsentKind, true},
    {"granted", FieldKind::Boolean, true},
    {"policy_version", FieldKind::PolicyVersion, true},
    {"recorded_at", FieldKind::UtcInstant, true},
    {"recorded_by", FieldKind::Uuid, false}, // the writing user; nobody else
}};

constexpr std::array<FieldSpec, 6> kPackageFields{{
    {"client_id", FieldKind::Uuid, true},
    {"name", FieldKind::Name, true},
    {"sessions_total", FieldKind::Count, true},
    {"price_cents", FieldKind::Cents, true},
    {"currency", FieldKind::Currency, false}, // defaults to "CAD"
    {"expires_on", FieldKind::OptionalDate, false},
}};

constexpr std::int64_t kMaxCount = 1000;
constexpr std::int64_t kMaxCents = 10'000'000'000;

bool isIntegerIn(const nlohmann::json& value, std::int64_t low, std::int64_t high)
{
    if (!value.is_number_integer()) {
        return false;
    }
    const auto number = value.get<std::int64_t>();
    return number >= low && number <= high;
}

bool isCurrencyCode(const nlohmann::json& value)
{
    if (!value.is_string() || value.get_ref<const std::string&>().size() != 3) {
        return false;
    }
    const auto& text = value.get_ref<const std::string&>();
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool isCanonicalDate(const nlohmann::json& value)
{
    if (!value.is_string()) {
        return false;
    }
    const auto& text = value.get_ref<const std::string&>();
    const auto date = parseIsoDate(text);
    return date && formatIsoDate(*date) == text;
}

// A recurring series (docs/sync-protocol.md "series"); its occurrences are sessions.
constexpr std::array<FieldSpec, 7> kSeriesFields{{
    {"client_id", FieldKind::Uuid, true},
    {"location_id", FieldKind::Uuid, true},
    {"trainer_id", FieldKind::Uuid, true},
    {"rrule", FieldKind::RecurrenceRule, true},
    {"first_starts_at", FieldKind::UtcInstant, true},
    {"first_ends_at", FieldKind::UtcInstant, true},
    {"exdates", FieldKind::ExceptionDates, false},
}};

// A trainer's availability at one location (docs/sync-protocol.md "availability").
constexpr std::array<FieldSpec, 4> kAvailabilityFields{{
    {"trainer_id", FieldKind::Uuid, true},
    {"location_id", FieldKind::Uuid, true},
    {"weekly_rules", FieldKind::WeeklyRules, true},
    {"exceptions", FieldKind::AvailabilityExceptions, true},
}};

// One excluded occurrence of a series (docs/sync-protocol.md "series_exception"): its own
// record, so exclusions made on two devices merge as a set.
constexpr std::array<FieldSpec, 2> kSeriesExceptionFields{{
    {"series_id", FieldKind::Uuid, true},
    {"original_starts_at", FieldKind::UtcInstant, true},
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
    case SyncEntity::Series:
        return kSeriesFields;
    case SyncEntity::SeriesException:
        return kSeriesExceptionFields;
    case SyncEntity::Consent:
        return kConsentFields;
    case SyncEntity::Package:
        return kPackageFields;
    case SyncEntity::Availability:
        return kAvailabilityFields;
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
    case FieldKind::OptionalEmail:
        if (value.is_null() || (value.is_string() && value.get_ref<const std::string&>().empty())) {
            return Status{};
        }
        return value.is_string() && isPlausibleEmail(value.get_ref<const std::string&>())
                   ? Status{}
                   : invalid(spec, "must be an e-mail address, empty or null");
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
    case FieldKind::RecurrenceRule:
        return value.is_string() &&
                       scheduling::parseRecurrenceRule(value.get_ref<const std::string&>()) &&
                       !value.get_ref<const std::string&>().starts_with("RRULE:")
                   ? Status{}
                   : invalid(spec, "must be an RRULE like FREQ=WEEKLY;BYDAY=MO;COUNT=10 "
                                   "(DAILY or WEEKLY, INTERVAL, BYDAY, COUNT, UNTIL)");
    case FieldKind::ExceptionDates:
        return value.is_null() || (value.is_string() && scheduling::parseExceptionDates(
                                                            value.get_ref<const std::string&>()))
                   ? Status{}
                   : invalid(spec, "must be null or UTC instants joined by commas");
    case FieldKind::TagList:
        return clients::checkTagList(value);
    case FieldKind::ConsentKind:
        return value.is_string() && clients::parseConsentKind(value.get_ref<const std::string&>())
                   ? Status{}
                   : invalid(spec, "must be contact, data_sharing or photo");
    case FieldKind::PolicyVersion:
        return isText(value, 1, clients::kMaxPolicyVersionLength)
                   ? Status{}
                   : invalid(spec, "must be 1 to 50 characters");
    case FieldKind::Count:
        return isIntegerIn(value, 1, kMaxCount) ? Status{}
                                                : invalid(spec, "must be an integer 1 to 1000");
    case FieldKind::Cents:
        return isIntegerIn(value, 0, kMaxCents)
                   ? Status{}
                   : invalid(spec, "must be a whole number of cents, not negative");
    case FieldKind::Currency:
        return isCurrencyCode(value) ? Status{}
                                     : invalid(spec, "must be three upper-case letters like CAD");
    case FieldKind::OptionalDate:
        return value.is_null() || isCanonicalDate(value)
                   ? Status{}
                   : invalid(spec, "must be a date like 2026-03-15, or null");
    case FieldKind::WeeklyRules:
        return validateWeeklyRulesField(value);
    case FieldKind::AvailabilityExceptions:
        return validateAvailabilityExceptionsField(value);
    }
    return invalid(spec, "has an unknown kind");
}

} // namespace fitflow::sync
