#pragma once
// Request counters and latency histograms for GET /metrics, rendered in the Prometheus text
// exposition format. Labels are route PATTERNS, methods and statuses only — never raw paths,
// ids or anything a client sent. One mutex guards small maps; rendering copies nothing large.

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>

namespace fitflow::http {

struct PoolGauge {
    std::size_t idle = 0;
    std::size_t inUse = 0;
};

class HttpMetrics {
public:
    // Upper bounds of the latency buckets in microseconds (Prometheus' default 5 ms .. 10 s).
    static constexpr std::array<std::int64_t, 11> kBucketMicros{
        5'000,   10'000,    25'000,    50'000,    100'000,   250'000,
        500'000, 1'000'000, 2'500'000, 5'000'000, 10'000'000};

    explicit HttpMetrics(
        std::chrono::system_clock::time_point processStart = std::chrono::system_clock::now());

    void observe(const std::string& route, const std::string& method, int status,
                 std::chrono::microseconds duration);

    // Asked at render time; without one, no pool gauge is exported.
    void setPoolGaugeSource(std::function<PoolGauge()> source);

    std::string render() const;

    // Prometheus label-value escaping: backslash, double quote and newline.
    static std::string escapeLabelValue(std::string_view value);

private:
    struct Histogram {
        std::array<std::uint64_t, kBucketMicros.size()> buckets{}; // not cumulative
        std::uint64_t count = 0;
        std::int64_t sumMicros = 0;
    };
    using CounterKey = std::tuple<std::string, std::string, int>; // route, method, status
    using HistogramKey = std::pair<std::string, std::string>;     // route, method

    std::chrono::system_clock::time_point m_processStart;
    mutable std::mutex m_mutex;
    std::map<CounterKey, std::uint64_t> m_requests;
    std::map<HistogramKey, Histogram> m_durations;
    std::function<PoolGauge()> m_poolGauge;
};

} // namespace fitflow::http
