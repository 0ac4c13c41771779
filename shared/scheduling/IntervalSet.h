#pragma once
// Union and difference of interval lists, kept sorted and non-overlapping. Used to combine
// availability rules and exceptions.

#include "shared/scheduling/TimeInterval.h"

#include <vector>

namespace fitflow::scheduling {

// Sorts, drops empty intervals and merges overlapping or touching ones.
std::vector<TimeInterval> normalizeIntervals(std::vector<TimeInterval> intervals);

// `from` minus every interval of `removed`; both normalised first.
std::vector<TimeInterval> subtractIntervals(const std::vector<TimeInterval>& from,
                                            const std::vector<TimeInterval>& removed);

} // namespace fitflow::scheduling
