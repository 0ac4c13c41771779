#include "shared/scheduling/FirstAvailableSlot.h"

#include <algorithm>

namespace fitflow::scheduling {
namespace {

using std::chrono::minutes;

Instant roundUp(Instant instant, minutes step)
{
    const auto stepSeconds = std::chrono::duration_cast<std::chrono::seconds>(step);
    const auto since = instant.time_since_epoch();
    const auto rest = since % stepSeconds;
    return rest == std::chrono::seconds{0} ? instant : instant + (stepSeconds - rest);
}

// The first slot of `window` at or after `from` that no booked session blocks, or nullopt.
Result<std::optional<TimeInterval>> firstClearSlot(const TimeInterval& window,
                                                   const std::string& locationId,
                                                   const std::vector<Session>& booked,
                                                   const SlotSearch& search)
{
    Instant start = roundUp(std::max(window.start, search.from), search.step);
    while (start + search.length <= window.end) {
        Session proposed;
        proposed.locationId = locationId;
        proposed.time = {start, start + search.length};
        auto conflicts = findConflicts(booked, proposed, search.rules);
        if (!conflicts) {
            return conflicts.error();
        }
        if (conflicts->empty()) {
            return std::optional<TimeInterval>(proposed.time);
        }
        // Skip past everything in the way: an overlap ends, a travel gap needs the buffer.
        Instant next = start + search.step;
        for (const Conflict& conflict : *conflicts) {
            next = std::max(next, conflict.existingTime.end + (conflict.locationId == locationId
                                                                   ? minutes{0}
                                                                   : search.rules.travelBuffer));
        }
        start = roundUp(next, search.step);
    }
    return std::optional<TimeInterval>();
}

// The first clear slot of one availability within the search horizon.
Result<std::optional<TimeInterval>> firstSlotOf(const Availability& availability,
                                                const std::vector<Session>& booked,
                                                const SlotSearch& search)
{
    auto clock = ZoneClock::forZone(availability.timeZone);
    if (!clock) {
        return clock.error();
    }
    const Instant until = search.from + search.horizon;
    const auto firstDay = date::floor<date::days>(clock->toLocal(search.from));
    for (auto day = firstDay; clock->toInstant(day) < until; day += date::days{1}) {
        auto windows = availableWindows(availability, date::year_month_day{day});
        if (!windows) {
            return windows.error();
        }
        for (const TimeInterval& window : *windows) {
            if (window.end <= search.from) {
                continue;
            }
            auto slot = firstClearSlot({window.start, std::min(window.end, until)},
                                       availability.locationId, booked, search);
            if (!slot || *slot) {
                return slot;
            }
        }
    }
    return std::optional<TimeInterval>();
}

} // namespace

Result<std::optional<AvailableSlot>>
firstAvailableSlot(const std::vector<Availability>& availabilities,
                   const std::vector<Session>& booked, const SlotSearch& search)
{
    if (search.length <= minutes{0} || search.step <= minutes{0}) {
        return makeError("invalid_length", "session length and step must be positive", "length");
    }
    // Only sessions that can touch the horizon matter; a large calendar stays cheap.
    const Instant earliest = search.from - search.rules.travelBuffer;
    const Instant latest = search.from + search.horizon + search.length + search.rules.travelBuffer;
    std::vector<Session> relevant;
    std::copy_if(booked.begin(), booked.end(), std::back_inserter(relevant),
                 [&](const Session& s) { return s.time.end > earliest && s.time.start < latest; });

    std::optional<AvailableSlot> best;
    for (std::size_t i = 0; i < availabilities.size(); ++i) {
        if (auto valid = validateAvailability(availabilities[i]); !valid) {
            return withPathPrefix(valid.error(), "availabilities[" + std::to_string(i) + "]");
        }
        auto slot = firstSlotOf(availabilities[i], relevant, search);
        if (!slot) {
            return slot.error();
        }
        if (*slot && (!best || (*slot)->start < best->time.start)) {
            best = AvailableSlot{availabilities[i].locationId, **slot};
        }
    }
    return best;
}

} // namespace fitflow::scheduling
