#include "shared/scheduling/SeriesExpander.h"

#include "shared/scheduling/OccurrenceGenerator.h"

#include <algorithm>

namespace fitflow::scheduling {

Result<std::vector<Occurrence>> expandSeries(const SessionSeries& series,
                                             const TimeInterval& window)
{
    if (auto valid = validateSeries(series); !valid) {
        return valid.error();
    }
    if (window.empty()) {
        return makeError("invalid_interval", "window must end after it starts", "window");
    }
    const ZoneClock clock = ZoneClock::forZone(series.timeZone).value();

    // A day of margin on each side absorbs UTC offsets and DST shifts; the exact test on
    // instants below decides.
    const LocalDateTime firstLocal = clock.toLocal(window.start) - series.duration - date::days{1};
    const LocalDateTime lastLocal = clock.toLocal(window.end) + date::days{1};

    std::vector<Occurrence> occurrences;
    OccurrenceGenerator(series, clock)
        .run(firstLocal, lastLocal, [&](LocalDateTime original, Instant start) {
            if (series.cancelled.contains(original) || series.moved.contains(original)) {
                return true;
            }
            const TimeInterval time{start, start + series.duration};
            if (time.overlaps(window)) {
                occurrences.push_back({series.id, original, time, false});
            }
            return occurrences.size() <= kMaxExpandedOccurrences;
        });
    if (occurrences.size() > kMaxExpandedOccurrences) {
        return makeError("too_many_occurrences", "the window holds too many occurrences", "window");
    }

    for (const auto& [original, time] : series.moved) {
        if (!series.cancelled.contains(original) && time.overlaps(window)) {
            occurrences.push_back({series.id, original, time, true});
        }
    }
    std::sort(occurrences.begin(), occurrences.end(), [](const Occurrence& a, const Occurrence& b) {
        return a.time.start < b.time.start ||
               (a.time.start == b.time.start && a.originalStart < b.originalStart);
    });
    return occurrences;
}

} // namespace fitflow::scheduling
