#include "shared/scheduling/IntervalSet.h"

#include <algorithm>

namespace fitflow::scheduling {

std::vector<TimeInterval> normalizeIntervals(std::vector<TimeInterval> intervals)
{
    std::erase_if(intervals, [](const TimeInterval& i) { return i.empty(); });
    std::sort(intervals.begin(), intervals.end(),
              [](const TimeInterval& a, const TimeInterval& b) { return a.start < b.start; });
    std::vector<TimeInterval> merged;
    for (const TimeInterval& interval : intervals) {
        if (!merged.empty() && interval.start <= merged.back().end) {
            merged.back().end = std::max(merged.back().end, interval.end);
        } else {
            merged.push_back(interval);
        }
    }
    return merged;
}

std::vector<TimeInterval> subtractIntervals(const std::vector<TimeInterval>& from,
                                            const std::vector<TimeInterval>& removed)
{
    const std::vector<TimeInterval> cuts = normalizeIntervals(removed);
    std::vector<TimeInterval> result;
    for (TimeInterval piece : normalizeIntervals(from)) {
        for (const TimeInterval& cut : cuts) {
            if (cut.end <= piece.start || !piece.overlaps(cut)) {
                continue;
            }
            if (cut.start > piece.start) {
                result.push_back({piece.start, cut.start});
            }
            piece.start = cut.end;
            if (piece.empty()) {
                break;
            }
        }
        if (!piece.empty()) {
            result.push_back(piece);
        }
    }
    return result;
}

} // namespace fitflow::scheduling
