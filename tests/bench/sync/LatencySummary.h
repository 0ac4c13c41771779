#pragma once
// Median, 95th percentile and extremes of a set of request times in milliseconds
// (nearest-rank percentiles, so every reported value is one that was measured).

#include <vector>

namespace fitflow::bench {

struct LatencySummary {
    int count = 0;
    double minMs = 0;
    double medianMs = 0;
    double p95Ms = 0;
    double maxMs = 0;

    static LatencySummary of(std::vector<double> samplesMs);
};

} // namespace fitflow::bench
