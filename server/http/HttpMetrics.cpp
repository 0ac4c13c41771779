#include "server/http/HttpMetrics.h"

#include <algorithm>
#include <cstdio>

namespace fitflow::http {

namespace {

// Seconds with six decimals from integer microseconds: no floating point, exact output.
std::string secondsText(std::int64_t micros)
{
    char text[32];
    std::snprintf(text, sizeof text, "%lld.%06lld", static_cast<long long>(micros / 1'000'000),
                  static_cast<long long>(micros % 1'000'000));
    return text;
}

std::string routeMethodLabels(const std::string& route, const std::string& method)
{
    return "route=\"" + HttpMetrics::escapeLabelValue(route) + "\",method=\"" +
           HttpMetrics::escapeLabelValue(method) + "\"";
}

} // namespace

HttpMetrics::HttpMetrics(std::chrono::system_clock::time_point processStart)
    : m_processStart(processStart)
{
}

void HttpMetrics::observe(const std::string& route, const std::string& method, int status,
                          std::chrono::microseconds duration)
{
    const std::int64_t micros = std::max<std::int64_t>(0, duration.count());
    const std::lock_guard lock(m_mutex);
    ++m_requests[{route, method, status}];
    Histogram& histogram = m_durations[{route, method}];
    ++histogram.count;
    histogram.sumMicros += micros;
    for (std::size_t i = 0; i < kBucketMicros.size(); ++i) {
        if (micros <= kBucketMicros[i]) {
            ++histogram.buckets[i];
            break;
        }
    }
}

void HttpMetrics::setPoolGaugeSource(std::function<PoolGauge()> source)
{
    const std::lock_guard lock(m_mutex);
    m_poolGauge = std::move(source);
}

std::string HttpMetrics::escapeLabelValue(std::string_view value)
{
    std::string escaped;
    escaped.reserve(value.size());
    for (const char c : value) {
        switch (c) {
        case '\\':
            escaped += "\\\\";
            break;
        case '"':
            escaped += "\\\"";
            break;
        case '\n':
            escaped += "\\n";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

std::string HttpMetrics::render() const
{
    std::string out;
    const std::lock_guard lock(m_mutex);

    out += "# HELP fitflow_http_requests_total HTTP requests by route pattern, method and "
           "status.\n# TYPE fitflow_http_requests_total counter\n";
    for (const auto& [key, count] : m_requests) {
        const auto& [route, method, status] = key;
        out += "fitflow_http_requests_total{" + routeMethodLabels(route, method) + ",status=\"" +
               std::to_string(status) + "\"} " + std::to_string(count) + "\n";
    }

    out += "# HELP fitflow_http_request_duration_seconds Time from routing to response.\n"
           "# TYPE fitflow_http_request_duration_seconds histogram\n";
    for (const auto& [key, histogram] : m_durations) {
        const std::string labels = routeMethodLabels(key.first, key.second);
        std::uint64_t cumulative = 0;
        for (std::size_t i = 0; i < kBucketMicros.size(); ++i) {
            cumulative += histogram.buckets[i];
            out += "fitflow_http_request_duration_seconds_bucket{" + labels + ",le=\"" +
                   secondsText(kBucketMicros[i]) + "\"} " + std::to_string(cumulative) + "\n";
        }
        out += "fitflow_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " +
               std::to_string(histogram.count) + "\n";
        out += "fitflow_http_request_duration_seconds_sum{" + labels + "} " +
               secondsText(histogram.sumMicros) + "\n";
        out += "fitflow_http_request_duration_seconds_count{" + labels + "} " +
               std::to_string(histogram.count) + "\n";
    }

    if (m_poolGauge) {
        const PoolGauge pool = m_poolGauge();
        out += "# HELP fitflow_db_pool_connections Database connections by state.\n"
               "# TYPE fitflow_db_pool_connections gauge\n"
               "fitflow_db_pool_connections{state=\"idle\"} " +
               std::to_string(pool.idle) +
               "\n"
               "fitflow_db_pool_connections{state=\"in_use\"} " +
               std::to_string(pool.inUse) + "\n";
    }

    const auto startSeconds =
        std::chrono::duration_cast<std::chrono::seconds>(m_processStart.time_since_epoch());
    out += "# HELP fitflow_process_start_time_seconds Start time of the process since the Unix "
           "epoch.\n# TYPE fitflow_process_start_time_seconds gauge\n"
           "fitflow_process_start_time_seconds " +
           std::to_string(startSeconds.count()) + "\n";
    return out;
}

} // namespace fitflow::http
