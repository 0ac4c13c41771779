#include "tests/bench/sync/LatencySummary.h"

#include <algorithm>
#include <cmath>

namespace fitflow::bench {

namespace {

// Nearest rank: the smallest sample with at least `fraction` of all samples at or below it.
double nearestRank(const std::vector<double>& sorted, double fraction)
{
    const auto rank =
        static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

} // namespace

LatencySummary LatencySummary::of(std::vector<double> samplesMs)
{
    LatencySummary summary;
    if (samplesMs.empty()) {
        return summary;
    }
    std::sort(samplesMs.begin(), samplesMs.end());
    summary.count = static_cast<int>(samplesMs.size());
    summary.minMs = samplesMs.front();
    summary.medianMs = nearestRank(samplesMs, 0.5);
    summary.p95Ms = nearestRank(samplesMs, 0.95);
    summary.maxMs = samplesMs.back();
    return summary;
}

} // namespace fitflow::bench
