#include "server/http/HttpMetrics.h"

#include <gtest/gtest.h>

namespace fitflow::http {
namespace {

using std::chrono::microseconds;

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

TEST(HttpMetrics, CountsRequestsByRouteMethodAndStatus)
{
    HttpMetrics metrics;
    metrics.observe("/health", "GET", 200, microseconds(100));
    metrics.observe("/health", "GET", 200, microseconds(100));
    metrics.observe("/health", "GET", 429, microseconds(100));
    const std::string text = metrics.render();
    EXPECT_TRUE(contains(text, "# TYPE fitflow_http_requests_total counter\n"));
    EXPECT_TRUE(contains(
        text, "fitflow_http_requests_total{route=\"/health\",method=\"GET\",status=\"200\"} 2\n"));
    EXPECT_TRUE(contains(
        text, "fitflow_http_requests_total{route=\"/health\",method=\"GET\",status=\"429\"} 1\n"));
}

TEST(HttpMetrics, HistogramBucketsAreCumulativeWithSumAndCount)
{
    HttpMetrics metrics;
    metrics.observe("/r", "POST", 200, microseconds(3'000));      // <= 5 ms
    metrics.observe("/r", "POST", 200, microseconds(30'000));     // <= 50 ms
    metrics.observe("/r", "POST", 200, microseconds(20'000'000)); // over the last bucket
    const std::string text = metrics.render();
    const std::string labels = "route=\"/r\",method=\"POST\"";
    EXPECT_TRUE(contains(text, "# TYPE fitflow_http_request_duration_seconds histogram\n"));
    EXPECT_TRUE(contains(text, "fitflow_http_request_duration_seconds_bucket{" + labels +
                                   ",le=\"0.005000\"} 1\n"));
    EXPECT_TRUE(contains(text, "fitflow_http_request_duration_seconds_bucket{" + labels +
                                   ",le=\"0.025000\"} 1\n"));
    EXPECT_TRUE(contains(text, "fitflow_http_request_duration_seconds_bucket{" + labels +
                                   ",le=\"0.050000\"} 2\n"));
    EXPECT_TRUE(contains(text, "fitflow_http_request_duration_seconds_bucket{" + labels +
                                   ",le=\"10.000000\"} 2\n"));
    EXPECT_TRUE(contains(text, "fitflow_http_request_duration_seconds_bucket{" + labels +
                                   ",le=\"+Inf\"} 3\n"));
    EXPECT_TRUE(
        contains(text, "fitflow_http_request_duration_seconds_sum{" + labels + "} 20.033000\n"));
    EXPECT_TRUE(contains(text, "fitflow_http_request_duration_seconds_count{" + labels + "} 3\n"));
}

TEST(HttpMetrics, EscapesLabelValues)
{
    EXPECT_EQ(HttpMetrics::escapeLabelValue("a\\b\"c\nd"), "a\\\\b\\\"c\\nd");
    HttpMetrics metrics;
    metrics.observe("/x\"y", "GET", 404, microseconds(1));
    EXPECT_TRUE(contains(metrics.render(), "route=\"/x\\\"y\""));
}

TEST(HttpMetrics, PoolGaugeAndStartTime)
{
    HttpMetrics metrics(std::chrono::system_clock::time_point(std::chrono::seconds(1'700'000'000)));
    EXPECT_FALSE(contains(metrics.render(), "fitflow_db_pool_connections"));
    metrics.setPoolGaugeSource([] { return PoolGauge{3, 2}; });
    const std::string text = metrics.render();
    EXPECT_TRUE(contains(text, "fitflow_db_pool_connections{state=\"idle\"} 3\n"));
    EXPECT_TRUE(contains(text, "fitflow_db_pool_connections{state=\"in_use\"} 2\n"));
    EXPECT_TRUE(contains(text, "fitflow_process_start_time_seconds 1700000000\n"));
}

TEST(HttpMetrics, EveryLineIsACommentOrASample)
{
    HttpMetrics metrics;
    metrics.observe("/a", "GET", 200, microseconds(1));
    const std::string text = metrics.render();
    ASSERT_FALSE(text.empty());
    EXPECT_EQ(text.back(), '\n');
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string line = text.substr(start, end - start);
        EXPECT_TRUE(line.rfind("# HELP ", 0) == 0 || line.rfind("# TYPE ", 0) == 0 ||
                    line.rfind("fitflow_", 0) == 0)
            << line;
        start = end + 1;
    }
}

} // namespace
} // namespace fitflow::http
