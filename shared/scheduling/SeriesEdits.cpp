#include "shared/scheduling/SeriesEdits.h"

#include "shared/scheduling/OccurrenceGenerator.h"

#include <algorithm>

namespace fitflow::scheduling {
namespace {

// Position of `original` among the rule's occurrences (0-based), or an error.
Result<int> occurrenceIndex(const SessionSeries& series, LocalDateTime original)
{
    if (auto valid = validateSeries(series); !valid) {
        return valid.error();
    }
    const ZoneClock clock = ZoneClock::forZone(series.timeZone).value();
    int index = 0;
    bool found = false;
    OccurrenceGenerator(series, clock)
        .run(series.firstStart, original, [&](LocalDateTime local, Instant) {
            if (local == original) {
                found = true;
                return false;
            }
            ++index;
            return local < original;
        });
    if (!found) {
        return makeError("not_an_occurrence", "the series has no occurrence at that start",
                         "original_start");
    }
    return index;
}

LocalDateTime withTimeOfDay(LocalDateTime local, std::chrono::minutes timeOfDay)
{
    return date::floor<date::days>(local) + timeOfDay;
}

// The last occurrence the rule produces (only called for rules that end with UNTIL).
std::optional<LocalDateTime> lastOccurrence(const SessionSeries& series, const ZoneClock& clock)
{
    std::optional<LocalDateTime> last;
    const LocalDateTime limit = clock.toLocal(*series.rule.until) + date::days{1};
    OccurrenceGenerator(series, clock)
        .run(series.firstStart, limit, [&](LocalDateTime local, Instant) {
            last = local;
            return true;
        });
    return last;
}

} // namespace

Result<SessionSeries> cancelOccurrence(const SessionSeries& series, LocalDateTime original)
{
    if (auto index = occurrenceIndex(series, original); !index) {
        return index.error();
    }
    SessionSeries result = series;
    result.moved.erase(original);
    result.cancelled.insert(original);
    return result;
}

Result<SessionSeries> moveOccurrence(const SessionSeries& series, LocalDateTime original,
                                     const TimeInterval& newTime)
{
    if (newTime.empty()) {
        return makeError("invalid_interval", "a moved occurrence must end after it starts", "time");
    }
    if (auto index = occurrenceIndex(series, original); !index) {
        return index.error();
    }
    if (series.cancelled.contains(original)) {
        return makeError("occurrence_cancelled", "a cancelled occurrence cannot be moved",
                         "original_start");
    }
    SessionSeries result = series;
    result.moved[original] = newTime;
    return result;
}

Result<SeriesSplit> splitSeries(const SessionSeries& series, LocalDateTime original,
                                const std::string& tailId)
{
    if (tailId.empty() || tailId == series.id) {
        return makeError("invalid_id", "the new series needs its own id", "tail_id");
    }
    auto index = occurrenceIndex(series, original);
    if (!index) {
        return index.error();
    }
    const ZoneClock clock = ZoneClock::forZone(series.timeZone).value();

    SessionSeries tail = series;
    tail.id = tailId;
    tail.firstStart = original;
    tail.cancelled.clear();
    tail.moved.clear();
    if (series.rule.count) {
        tail.rule.count = *series.rule.count - *index;
    }
    for (LocalDateTime when : series.cancelled) {
        if (when >= original) {
            tail.cancelled.insert(when);
        }
    }
    for (const auto& [when, time] : series.moved) {
        if (when >= original) {
            tail.moved.emplace(when, time);
        }
    }
    if (*index == 0) {
        return SeriesSplit{std::nullopt, std::move(tail)};
    }

    SessionSeries head = series;
    if (series.rule.count) {
        head.rule.count = *index;
    } else {
        head.rule.until = clock.toInstant(original) - std::chrono::seconds{1};
    }
    std::erase_if(head.cancelled, [&](LocalDateTime when) { return when >= original; });
    std::erase_if(head.moved, [&](const auto& entry) { return entry.first >= original; });
    return SeriesSplit{std::move(head), std::move(tail)};
}

Result<SessionSeries> retimeSeries(const SessionSeries& series, std::chrono::minutes newTimeOfDay,
                                   std::chrono::minutes newDuration)
{
    if (newTimeOfDay < std::chrono::minutes{0} || newTimeOfDay >= std::chrono::hours{24}) {
        return makeError("invalid_time_of_day", "time of day must be within 00:00..23:59",
                         "time_of_day");
    }
    if (auto valid = validateSeries(series); !valid) {
        return valid.error();
    }
    SessionSeries result = series;
    result.firstStart = withTimeOfDay(series.firstStart, newTimeOfDay);
    result.duration = newDuration;
    if (auto valid = validateSeries(result); !valid) {
        return valid.error();
    }
    const ZoneClock clock = ZoneClock::forZone(series.timeZone).value();
    if (series.rule.until) {
        if (auto last = lastOccurrence(series, clock)) {
            result.rule.until = clock.toInstant(withTimeOfDay(*last, newTimeOfDay));
        }
    }
    result.cancelled.clear();
    for (LocalDateTime when : series.cancelled) {
        result.cancelled.insert(withTimeOfDay(when, newTimeOfDay));
    }
    result.moved.clear();
    for (const auto& [when, time] : series.moved) {
        result.moved.emplace(withTimeOfDay(when, newTimeOfDay), time);
    }
    return result;
}

Result<SessionSeries> rescheduleSeries(const SessionSeries& series, LocalDateTime original,
                                       LocalDateTime editedStart, std::chrono::minutes newDuration)
{
    const auto editedDay = date::floor<date::days>(editedStart);
    const auto dayShift = editedDay - date::floor<date::days>(original);
    const auto timeOfDay =
        std::chrono::duration_cast<std::chrono::minutes>(editedStart - editedDay);
    auto retimed = retimeSeries(series, timeOfDay, newDuration);
    if (!retimed) {
        return retimed.error();
    }
    if (dayShift == date::days{0}) {
        return retimed;
    }
    SessionSeries result = *retimed;
    result.firstStart += dayShift;
    for (date::weekday& day : result.rule.byDay) {
        day += dayShift;
    }
    std::sort(result.rule.byDay.begin(), result.rule.byDay.end(),
              [](date::weekday a, date::weekday b) { return a.iso_encoding() < b.iso_encoding(); });
    if (result.rule.until) {
        *result.rule.until += dayShift;
    }
    result.cancelled.clear();
    for (LocalDateTime when : retimed->cancelled) {
        result.cancelled.insert(when + dayShift);
    }
    result.moved.clear();
    for (const auto& [when, time] : retimed->moved) {
        result.moved.emplace(when + dayShift, time);
    }
    if (auto valid = validateSeries(result); !valid) {
        return valid.error();
    }
    return result;
}

} // namespace fitflow::scheduling
