#include "shared/scheduling/SeriesWire.h"

#include "shared/codec/TextFormats.h"

namespace fitflow::scheduling {

namespace {

Error invalidDates(const std::string& why)
{
    return makeError("invalid_value", "exdates " + why, "exdates");
}

} // namespace

Result<std::set<Instant>> parseExceptionDates(std::string_view text)
{
    std::set<Instant> dates;
    while (!text.empty()) {
        const auto comma = text.find(',');
        const auto part = text.substr(0, comma);
        const auto instant = parseUtcInstant(part);
        if (!instant || formatUtcInstant(*instant) != part ||
            instant->time_since_epoch() % std::chrono::seconds{1} != std::chrono::milliseconds{0}) {
            return invalidDates("must be UTC instants like 2026-03-15T14:00:00Z joined by commas");
        }
        if (!dates.insert(std::chrono::time_point_cast<std::chrono::seconds>(*instant)).second) {
            return invalidDates("lists a date twice");
        }
        if (dates.size() > kMaxExceptionDates) {
            return invalidDates("holds more than " + std::to_string(kMaxExceptionDates) + " dates");
        }
        if (comma == std::string_view::npos) {
            break;
        }
        text.remove_prefix(comma + 1);
        if (text.empty()) {
            return invalidDates("ends with a comma");
        }
    }
    return dates;
}

std::string formatExceptionDates(const std::set<Instant>& dates)
{
    std::string text;
    for (const Instant date : dates) {
        if (!text.empty()) {
            text += ',';
        }
        text += formatUtcInstant(std::chrono::time_point_cast<std::chrono::milliseconds>(date));
    }
    return text;
}

Result<SessionSeries> seriesFromWire(const SeriesWireFields& fields, std::string_view timeZone)
{
    auto rule = parseRecurrenceRule(fields.rrule);
    if (!rule) {
        return withPathPrefix(rule.error(), "rrule");
    }
    if (fields.firstEnd <= fields.firstStart) {
        return makeError("invalid_interval", "the first occurrence must end after it starts",
                         "first_ends_at");
    }
    auto clock = ZoneClock::forZone(timeZone);
    if (!clock) {
        return clock.error();
    }
    SessionSeries series;
    series.id = fields.id;
    series.orgId = fields.orgId;
    series.trainerId = fields.trainerId;
    series.locationId = fields.locationId;
    series.timeZone = std::string(timeZone);
    series.firstStart = clock->toLocal(fields.firstStart);
    series.duration =
        std::chrono::duration_cast<std::chrono::minutes>(fields.firstEnd - fields.firstStart);
    series.rule = std::move(*rule);
    for (const Instant date : fields.exceptionDates) {
        series.cancelled.insert(clock->toLocal(date));
    }
    if (auto valid = validateSeries(series); !valid) {
        return valid.error();
    }
    return series;
}

SeriesWireFields seriesToWire(const SessionSeries& series)
{
    const ZoneClock clock = ZoneClock::forZone(series.timeZone).value();
    SeriesWireFields fields;
    fields.id = series.id;
    fields.orgId = series.orgId;
    fields.trainerId = series.trainerId;
    fields.locationId = series.locationId;
    fields.rrule = formatRecurrenceRule(series.rule);
    fields.firstStart = clock.toInstant(series.firstStart);
    fields.firstEnd = fields.firstStart + series.duration;
    for (const LocalDateTime cancelled : series.cancelled) {
        fields.exceptionDates.insert(clock.toInstant(cancelled));
    }
    return fields;
}

} // namespace fitflow::scheduling
