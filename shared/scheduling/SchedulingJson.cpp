#include "shared/scheduling/SchedulingJson.h"

#include "shared/codec/EnumNames.h"
#include "shared/codec/JsonReader.h"
#include "shared/scheduling/WallClockText.h"

#include <array>

namespace fitflow::scheduling {
namespace {

using std::chrono::minutes;

constexpr std::array<EnumName<ExceptionKind>, 2> kExceptionKindNames{{
    {ExceptionKind::Unavailable, "unavailable"},
    {ExceptionKind::ExtraAvailable, "extra_available"},
}};

constexpr std::array<EnumName<date::weekday>, 7> kWeekdayNames{{
    {date::Monday, "MO"},
    {date::Tuesday, "TU"},
    {date::Wednesday, "WE"},
    {date::Thursday, "TH"},
    {date::Friday, "FR"},
    {date::Saturday, "SA"},
    {date::Sunday, "SU"},
}};

constexpr std::int64_t kMaxLateWindowMinutes = std::int64_t{60} * 24 * 30;

// The codec layer keeps milliseconds; scheduling works in whole seconds.
std::chrono::sys_seconds readInstant(JsonReader& r, std::string_view key)
{
    const fitflow::Instant instant = r.instant(key);
    const auto seconds = std::chrono::floor<std::chrono::seconds>(instant);
    if (r.ok() && seconds != instant) {
        r.fail("invalid_value", "instants are whole seconds", key);
    }
    return seconds;
}

std::string writeInstant(std::chrono::sys_seconds instant)
{
    return formatUtcInstant(fitflow::Instant{instant});
}

std::string readTimeZone(JsonReader& r)
{
    std::string zone = r.string("time_zone");
    if (r.ok() && !ZoneClock::forZone(zone)) {
        r.fail("unknown_time_zone", "not an IANA time zone of the tz database", "time_zone");
    }
    return zone;
}

LocalDateTime readLocalDateTime(JsonReader& r, std::string_view key)
{
    const std::string text = r.string(key);
    const auto local = parseLocalDateTime(text);
    if (r.ok() && !local) {
        r.fail("invalid_value", "expected a local date-time YYYY-MM-DDTHH:MM:SS", key);
    }
    return local.value_or(LocalDateTime{});
}

minutes readTimeOfDay(JsonReader& r, std::string_view key)
{
    const std::string text = r.string(key);
    const auto time = parseTimeOfDay(text);
    if (r.ok() && !time) {
        r.fail("invalid_value", "expected a time of day HH:MM (00:00..24:00)", key);
    }
    return time.value_or(minutes{0});
}

LocalSpan readSpan(JsonReader& r)
{
    LocalSpan span{readTimeOfDay(r, "start"), readTimeOfDay(r, "end")};
    if (r.ok() && span.start >= span.end) {
        r.fail("invalid_value", "end must be after start", "end");
    }
    return span;
}

// Reports a domain-rule failure (a validate* function) at its path inside this object.
void adopt(JsonReader& r, const Status& status)
{
    if (!status) {
        r.fail(status.error().code, status.error().message, status.error().path);
    }
}

} // namespace

nlohmann::json toJson(const Session& session)
{
    nlohmann::json json{{"id", session.id},
                        {"org_id", session.orgId},
                        {"trainer_id", session.trainerId},
                        {"location_id", session.locationId},
                        {"time_zone", session.timeZone},
                        {"start", writeInstant(session.time.start)},
                        {"end", writeInstant(session.time.end)},
                        {"status", enumToName(kSessionStatusNames, session.status)}};
    if (session.seriesId) {
        json["series_id"] = *session.seriesId;
    }
    return json;
}

Result<Session> sessionFromJson(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& r) {
        Session session;
        session.id = r.uuid("id");
        session.orgId = r.uuid("org_id");
        session.trainerId = r.uuid("trainer_id");
        session.locationId = r.uuid("location_id");
        session.timeZone = readTimeZone(r);
        session.time = {readInstant(r, "start"), readInstant(r, "end")};
        if (r.ok() && session.time.empty()) {
            r.fail("invalid_value", "end must be after start", "end");
        }
        session.status = r.enumeration("status", kSessionStatusNames);
        if (r.has("series_id")) {
            session.seriesId = r.uuid("series_id");
        }
        return session;
    });
}

nlohmann::json toJson(const SessionSeries& series)
{
    nlohmann::json cancelled = nlohmann::json::array();
    for (LocalDateTime when : series.cancelled) {
        cancelled.push_back(formatLocalDateTime(when));
    }
    nlohmann::json moved = nlohmann::json::array();
    for (const auto& [original, time] : series.moved) {
        moved.push_back({{"original_start", formatLocalDateTime(original)},
                         {"start", writeInstant(time.start)},
                         {"end", writeInstant(time.end)}});
    }
    return {{"id", series.id},
            {"org_id", series.orgId},
            {"trainer_id", series.trainerId},
            {"location_id", series.locationId},
            {"time_zone", series.timeZone},
            {"first_start", formatLocalDateTime(series.firstStart)},
            {"duration_minutes", series.duration.count()},
            {"rrule", formatRecurrenceRule(series.rule)},
            {"cancelled", cancelled},
            {"moved", moved}};
}

Result<SessionSeries> seriesFromJson(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& r) {
        SessionSeries series;
        series.id = r.uuid("id");
        series.orgId = r.uuid("org_id");
        series.trainerId = r.uuid("trainer_id");
        series.locationId = r.uuid("location_id");
        series.timeZone = readTimeZone(r);
        series.firstStart = readLocalDateTime(r, "first_start");
        series.duration =
            minutes{r.int64("duration_minutes", 1, SessionSeries::kMaxDuration.count())};
        const std::string rrule = r.string("rrule");
        if (r.ok()) {
            auto rule = parseRecurrenceRule(rrule);
            if (rule) {
                series.rule = *rule;
            } else {
                r.fail(rule.error().code, rule.error().message, "rrule");
            }
        }
        for (const std::string& text : r.stringArray("cancelled")) {
            const auto when = parseLocalDateTime(text);
            if (!when) {
                r.fail("invalid_value", "expected local date-times YYYY-MM-DDTHH:MM:SS",
                       "cancelled");
                break;
            }
            series.cancelled.insert(*when);
        }
        const auto moved = r.array("moved", [](JsonReader& entry) {
            const LocalDateTime original = readLocalDateTime(entry, "original_start");
            const TimeInterval time{readInstant(entry, "start"), readInstant(entry, "end")};
            if (entry.ok() && time.empty()) {
                entry.fail("invalid_value", "end must be after start", "end");
            }
            return std::pair{original, time};
        });
        series.moved.insert(moved.begin(), moved.end());
        if (r.ok() && series.moved.size() != moved.size()) {
            r.fail("invalid_value", "an occurrence is moved twice", "moved");
        }
        if (r.ok()) {
            adopt(r, validateSeries(series));
        }
        return series;
    });
}

nlohmann::json toJson(const Availability& availability)
{
    nlohmann::json rules = nlohmann::json::array();
    for (const WeeklyRule& rule : availability.weeklyRules) {
        rules.push_back({{"weekday", enumToName(kWeekdayNames, rule.weekday)},
                         {"start", formatTimeOfDay(rule.span.start)},
                         {"end", formatTimeOfDay(rule.span.end)}});
    }
    nlohmann::json exceptions = nlohmann::json::array();
    for (const AvailabilityException& exception : availability.exceptions) {
        nlohmann::json entry{
            {"date", formatIsoDate(std::chrono::year_month_day{std::chrono::sys_days{
                         date::sys_days{exception.date}.time_since_epoch()}})},
            {"kind", enumToName(kExceptionKindNames, exception.kind)}};
        if (exception.span) {
            entry["start"] = formatTimeOfDay(exception.span->start);
            entry["end"] = formatTimeOfDay(exception.span->end);
        }
        exceptions.push_back(entry);
    }
    return {{"trainer_id", availability.trainerId},
            {"location_id", availability.locationId},
            {"time_zone", availability.timeZone},
            {"weekly_rules", rules},
            {"exceptions", exceptions}};
}

Result<Availability> availabilityFromJson(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& r) {
        Availability availability;
        availability.trainerId = r.uuid("trainer_id");
        availability.locationId = r.uuid("location_id");
        availability.timeZone = readTimeZone(r);
        availability.weeklyRules = r.array("weekly_rules", [](JsonReader& rule) {
            const date::weekday weekday = rule.enumeration("weekday", kWeekdayNames);
            return WeeklyRule{weekday, readSpan(rule)};
        });
        availability.exceptions = r.array("exceptions", [](JsonReader& entry) {
            AvailabilityException exception;
            const auto day = std::chrono::sys_days{entry.date("date")};
            exception.date = date::year_month_day{date::sys_days{day.time_since_epoch()}};
            exception.kind = entry.enumeration("kind", kExceptionKindNames);
            const bool hasStart = entry.has("start");
            const bool hasEnd = entry.has("end");
            if (hasStart != hasEnd) {
                entry.fail("missing_field", "start and end come together",
                           hasStart ? "end" : "start");
            } else if (hasStart) {
                exception.span = readSpan(entry);
            }
            return exception;
        });
        return availability;
    });
}

nlohmann::json toJson(const CreditPack& pack)
{
    nlohmann::json json{{"id", pack.id},
                        {"client_id", pack.clientId},
                        {"credits", pack.credits},
                        {"price_cents", pack.priceCents},
                        {"purchased_at", writeInstant(pack.purchasedAt)},
                        {"consumed_by", pack.consumedBy}};
    if (pack.expiresAt) {
        json["expires_at"] = writeInstant(*pack.expiresAt);
    }
    if (pack.refundedCents) {
        json["refunded_cents"] = *pack.refundedCents;
    }
    return json;
}

Result<CreditPack> creditPackFromJson(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& r) {
        CreditPack pack;
        pack.id = r.uuid("id");
        pack.clientId = r.uuid("client_id");
        pack.credits = static_cast<int>(r.int64("credits", 1, CreditPack::kMaxCredits));
        pack.priceCents = r.int64("price_cents", 0, CreditPack::kMaxPriceCents);
        pack.purchasedAt = readInstant(r, "purchased_at");
        if (r.has("expires_at")) {
            pack.expiresAt = readInstant(r, "expires_at");
        }
        pack.consumedBy = r.uuidArray("consumed_by");
        if (r.has("refunded_cents")) {
            pack.refundedCents = r.int64("refunded_cents", 0, CreditPack::kMaxPriceCents);
        }
        if (r.ok()) {
            adopt(r, validateCreditPack(pack));
        }
        return pack;
    });
}

nlohmann::json toJson(const CancellationPolicy& policy)
{
    return {{"late_window_minutes", policy.lateWindow.count()},
            {"late_fee_cents", policy.lateFeeCents}};
}

Result<CancellationPolicy> cancellationPolicyFromJson(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& r) {
        CancellationPolicy policy;
        policy.lateWindow = minutes{r.int64("late_window_minutes", 0, kMaxLateWindowMinutes)};
        policy.lateFeeCents = r.cents("late_fee_cents");
        return policy;
    });
}

} // namespace fitflow::scheduling
