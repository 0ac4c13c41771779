#pragma once
// Wall-clock intervals for the benchmarks (steady clock, seconds or milliseconds as double).

#include <chrono>

namespace fitflow::bench {

using BenchTime = std::chrono::steady_clock::time_point;

inline BenchTime benchNow()
{
    return std::chrono::steady_clock::now();
}

inline double secondsBetween(BenchTime start, BenchTime end)
{
    return std::chrono::duration<double>(end - start).count();
}

inline double millisecondsBetween(BenchTime start, BenchTime end)
{
    return std::chrono::duration<double, std::milli>(end - start).count();
}

} // namespace fitflow::bench
