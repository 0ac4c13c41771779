#include "desktop/storage/SyncedEntity.h"

#include <algorithm>

namespace fitflow::desktop {

const FieldSpec* EntitySpec::field(std::string_view fieldName) const
{
    const auto it = std::find_if(fields.begin(), fields.end(),
                                 [&](const FieldSpec& spec) { return spec.name == fieldName; });
    return it == fields.end() ? nullptr : &*it;
}

const std::vector<EntitySpec>& syncedEntities()
{
    static const std::vector<EntitySpec> kEntities{
        {"availability",
         "availability",
         MergeKind::Lww,
         {{"trainer_id", FieldKind::Uuid, true},
          {"location_id", FieldKind::Uuid, true},
          {"weekly_rules", FieldKind::WeeklyRules, true},
          {"exceptions", FieldKind::AvailabilityExceptions, true}}},
        {"client",
         "clients",
         MergeKind::Lww,
         {{"first_name", FieldKind::RequiredText, true},
          {"last_name", FieldKind::RequiredText, true},
          {"email", FieldKind::OptionalEmail},
          {"phone", FieldKind::OptionalText},
          {"home_location_id", FieldKind::OptionalUuid},
          {"tags", FieldKind::TagList}}},
        {"consent",
         "consents",
         MergeKind::Lww,
         {{"client_id", FieldKind::Uuid, true},
          {"kind", FieldKind::ConsentKind, true},
          {"granted", FieldKind::Boolean, true},
          {"policy_version", FieldKind::PolicyVersion, true},
          {"recorded_at", FieldKind::UtcInstant, true},
          {"recorded_by", FieldKind::OptionalUuid}},
         true},
        {"location",
         "locations",
         MergeKind::PullOnly,
         {{"name", FieldKind::RequiredText},
          {"province", FieldKind::RequiredText},
          {"time_zone", FieldKind::RequiredText},
          {"street", FieldKind::OptionalText},
          {"city", FieldKind::OptionalText},
          {"postal_code", FieldKind::OptionalText}}},
        {"note",
         "notes",
         MergeKind::LwwAndNote,
         {{"client_id", FieldKind::Uuid, true},
          {"session_id", FieldKind::OptionalUuid},
          {"format", FieldKind::NoteFormat, true},
          {"shared_with_client", FieldKind::Boolean}}},
        {"organization",
         "organizations",
         MergeKind::PullOnly,
         {{"name", FieldKind::RequiredText},
          {"kind", FieldKind::RequiredText},
          {"province", FieldKind::OptionalText},
          {"gst_hst_number", FieldKind::OptionalText},
          {"qst_number", FieldKind::OptionalText}}},
        {"package",
         "packages",
         MergeKind::Lww,
         {{"client_id", FieldKind::Uuid, true},
          {"name", FieldKind::RequiredText, true},
          {"sessions_total", FieldKind::Count, true},
          {"price_cents", FieldKind::Cents, true},
          {"currency", FieldKind::Currency},
          {"expires_on", FieldKind::OptionalDate}}},
        {"series",
         "session_series",
         MergeKind::Lww,
         {{"client_id", FieldKind::Uuid, true},
          {"location_id", FieldKind::Uuid, true},
          {"trainer_id", FieldKind::Uuid, true},
          {"rrule", FieldKind::RecurrenceRule, true},
          {"first_starts_at", FieldKind::UtcInstant, true},
          {"first_ends_at", FieldKind::UtcInstant, true},
          {"exdates", FieldKind::ExceptionDates}}},
        {"series_exception",
         "series_exceptions",
         MergeKind::Lww,
         {{"series_id", FieldKind::Uuid, true},
          {"original_starts_at", FieldKind::UtcInstant, true}}},
        {"session",
         "sessions",
         MergeKind::Lww,
         {{"client_id", FieldKind::Uuid, true},
          {"location_id", FieldKind::Uuid, true},
          {"trainer_id", FieldKind::Uuid, true},
          {"starts_at", FieldKind::UtcInstant, true},
          {"ends_at", FieldKind::UtcInstant, true},
          {"status", FieldKind::SessionStatus, true},
          {"package_id", FieldKind::OptionalUuid},
          {"series_id", FieldKind::OptionalUuid}}},
    };
    return kEntities;
}

const EntitySpec* findSyncedEntity(std::string_view name)
{
    const auto& entities = syncedEntities();
    const auto it = std::find_if(entities.begin(), entities.end(),
                                 [&](const EntitySpec& spec) { return spec.name == name; });
    return it == entities.end() ? nullptr : &*it;
}

} // namespace fitflow::desktop
