#include "server/storage/sync/PgSyncTables.h"

#include "shared/codec/TextFormats.h"
#include "shared/sync/Hlc.h"

#include <array>

namespace fitflow::storage {

namespace {

using sync::SyncEntity;

constexpr std::array<SyncColumn, 6> kClientColumns{{
    {"first_name", "given_name", ColumnType::Text},
    {"last_name", "family_name", ColumnType::Text},
    {"email", "email", ColumnType::Text},
    {"phone", "phone", ColumnType::Text},
    {"home_location_id", "home_location_id", ColumnType::Uuid},
    {"tags", "tags", ColumnType::Json},
}};

constexpr std::array<SyncColumn, 8> kSessionColumns{{
    {"client_id", "client_id", ColumnType::Uuid},
    {"location_id", "location_id", ColumnType::Uuid},
    {"trainer_id", "trainer_user_id", ColumnType::Uuid},
    {"starts_at", "starts_at", ColumnType::Instant},
    {"ends_at", "ends_at", ColumnType::Instant},
    {"status", "status", ColumnType::Text},
    {"package_id", "package_id", ColumnType::Uuid},
    {"series_id", "series_id", ColumnType::Uuid},
}};

constexpr std::array<SyncColumn, 4> kNoteColumns{{
    {"client_id", "client_id", ColumnType::Uuid},
    {"session_id", "session_id", ColumnType::Uuid},
    {"format", "format", ColumnType::Text},
    {"shared_with_client", "shared_with_client", ColumnType::Boolean},
}};

constexpr std::array<SyncColumn, 6> kLocationColumns{{
    {"name", "name", ColumnType::Text},
    {"province", "province", ColumnType::Text},
    {"time_zone", "time_zone", ColumnType::Text},
    {"street", "street", ColumnType::Text},
    {"city", "city", ColumnType::Text},
    {"postal_code", "postal_code", ColumnType::Text},
}};

constexpr std::array<SyncColumn, 5> kOrganizationColumns{{
    {"name", "name", ColumnType::Text},
    {"kind", "kind", ColumnType::Text},
    {"province", "province", ColumnType::Text},
    {"gst_hst_number", "gst_hst_number", ColumnType::Text},
    {"qst_number", "qst_number", ColumnType::Text},
}};

constexpr std::array<SyncColumn, 6> kConsentColumns{{
    {"client_id", "client_id", ColumnType::Uuid},
    {"kind", "kind", ColumnType::Text},
    {"granted", "granted", ColumnType::Boolean},
    {"policy_version", "version", ColumnType::Text},
    {"recorded_at", "recorded_at", ColumnType::Instant},
    {"recorded_by", "recorded_by_user_id", ColumnType::Uuid},
}};

constexpr std::array<SyncColumn, 6> kPackageColumns{{
    {"client_id", "client_id", ColumnType::Uuid},
    {"name", "name", ColumnType::Text},
    {"sessions_total", "credits", ColumnType::Integer},
    {"price_cents", "price_cents", ColumnType::Integer},
    {"currency", "currency", ColumnType::Text},
    {"expires_on", "expires_on", ColumnType::Date},
}};

constexpr std::array<SyncColumn, 7> kSeriesColumns{{
    {"client_id", "client_id", ColumnType::Uuid},
    {"location_id", "location_id", ColumnType::Uuid},
    {"trainer_id", "trainer_user_id", ColumnType::Uuid},
    {"rrule", "rrule", ColumnType::Text},
    {"first_starts_at", "first_starts_at", ColumnType::Instant},
    {"first_ends_at", "first_ends_at", ColumnType::Instant},
    {"exdates", "exdates", ColumnType::Text},
}};

constexpr std::array<SyncColumn, 4> kAvailabilityColumns{{
    {"trainer_id", "trainer_user_id", ColumnType::Uuid},
    {"location_id", "location_id", ColumnType::Uuid},
    {"weekly_rules", "weekly_rules", ColumnType::Json},
    {"exceptions", "exceptions", ColumnType::Json},
}};

constexpr std::array<SyncColumn, 2> kSeriesExceptionColumns{{
    {"series_id", "series_id", ColumnType::Uuid},
    {"original_starts_at", "original_starts_at", ColumnType::Instant},
}};

const std::array<SyncTable, 10> kTables{{
    {SyncEntity::Client, "clients", kClientColumns, true, true},
    {SyncEntity::Location, "locations", kLocationColumns, false, false},
    {SyncEntity::Note, "notes", kNoteColumns, true, false},
    {SyncEntity::Organization, "organizations", kOrganizationColumns, false, false},
    {SyncEntity::Session, "sessions", kSessionColumns, true, true},
    {SyncEntity::Series, "session_series", kSeriesColumns, true, true},
    {SyncEntity::Consent, "consents", kConsentColumns, true, false},
    {SyncEntity::Package, "packages", kPackageColumns, true, true},
    {SyncEntity::Availability, "availability", kAvailabilityColumns, true, true},
    {SyncEntity::SeriesException, "session_exceptions", kSeriesExceptionColumns, true, true},
}};

} // namespace

const SyncTable& syncTable(SyncEntity entity)
{
    for (const auto& table : kTables) {
        if (table.entity == entity) {
            return table;
        }
    }
    return kTables.front();
}

std::string readExpression(const SyncColumn& column, std::string_view alias)
{
    const std::string qualified = std::string(alias) + "." + std::string(column.column);
    switch (column.type) {
    case ColumnType::Text:
        return qualified;
    case ColumnType::Uuid:
    case ColumnType::Boolean:
    case ColumnType::Integer:
    case ColumnType::Date:
    case ColumnType::Json:
        return qualified + "::text";
    case ColumnType::Instant:
        return "(extract(epoch FROM " + qualified + ") * 1000)::bigint::text";
    }
    return qualified;
}

std::string writeExpression(const SyncColumn& column, std::string_view values)
{
    const std::string text =
        "(" + std::string(values) + " ->> '" + std::string(column.field) + "')";
    switch (column.type) {
    case ColumnType::Text:
        return text;
    case ColumnType::Uuid:
        return text + "::uuid";
    case ColumnType::Instant:
        return text + "::timestamptz";
    case ColumnType::Boolean:
        return text + "::boolean";
    case ColumnType::Integer:
        return text + "::bigint";
    case ColumnType::Date:
        return text + "::date";
    case ColumnType::Json:
        // `->` keeps the JSON value; a JSON null becomes SQL NULL like the text forms.
        return "nullif(" + std::string(values) + " -> '" + std::string(column.field) +
               "', 'null'::jsonb)";
    }
    return text;
}

nlohmann::json columnValue(const SyncColumn& column, const std::optional<std::string>& text)
{
    if (!text) {
        return nullptr;
    }
    switch (column.type) {
    case ColumnType::Text:
    case ColumnType::Uuid:
        return *text;
    case ColumnType::Instant:
        return formatUtcInstant(Instant{std::chrono::milliseconds{std::stoll(*text)}});
    case ColumnType::Boolean:
        return *text == "true";
    case ColumnType::Integer:
        return std::stoll(*text);
    case ColumnType::Date:
        return *text;
    case ColumnType::Json:
        return nlohmann::json::parse(*text, nullptr, false);
    }
    return *text;
}

const std::string& baselineStamp()
{
    static const std::string kBaseline =
        sync::Hlc{Instant{}, 0, "00000000-0000-0000-0000-000000000000"}.toString();
    return kBaseline;
}

} // namespace fitflow::storage
