#pragma once
// A half-open span of time [start, end) between two UTC instants.

#include <chrono>

namespace fitflow::scheduling {

struct TimeInterval {
    std::chrono::sys_seconds start;
    std::chrono::sys_seconds end;

    bool empty() const { return end <= start; }
    std::chrono::seconds length() const { return end - start; }
    bool overlaps(const TimeInterval& other) const
    {
        return start < other.end && other.start < end;
    }
    bool contains(const TimeInterval& other) const
    {
        return start <= other.start && other.end <= end;
    }

    friend bool operator==(const TimeInterval&, const TimeInterval&) = default;
};

} // namespace fitflow::scheduling
