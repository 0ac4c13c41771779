#include "server/http/AccessLog.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

using fitflow::http::AccessLog;
using fitflow::http::AccessLogEntry;

namespace {

AccessLogEntry sampleEntry(std::string path)
{
    // 2026-11-25T18:30:05.123Z
    const std::chrono::system_clock::time_point time{std::chrono::milliseconds(1795631405123)};
    return AccessLogEntry{time, "GET", std::move(path), 200, 1.23456, 15};
}

} // namespace

TEST(AccessLog, LineIsOneJsonObjectWithTheAgreedFields)
{
    const std::string line = AccessLog::formatLine(sampleEntry("/healthz"));
    EXPECT_EQ(line.find('\n'), std::string::npos);
    const auto json = nlohmann::json::parse(line);
    EXPECT_EQ(json["time"], "2026-11-25T18:30:05.123Z");
    EXPECT_EQ(json["method"], "GET");
    EXPECT_EQ(json["path"], "/healthz");
    EXPECT_EQ(json["status"], 200);
    EXPECT_DOUBLE_EQ(json["duration_ms"].get<double>(), 1.235);
    EXPECT_EQ(json["bytes"], 15);
    EXPECT_EQ(json.size(), 6U) << "no other fields (headers, bodies, query) are logged";
}

TEST(AccessLog, QueryStringNeverReachesTheLog)
{
    const std::string line = AccessLog::formatLine(sampleEntry("/healthz?token=secret&x=1"));
    EXPECT_EQ(line.find("secret"), std::string::npos);
    EXPECT_EQ(nlohmann::json::parse(line)["path"], "/healthz");
}

TEST(AccessLog, HostilePathsStayOneValidLine)
{
    const std::string line = AccessLog::formatLine(sampleEntry("/a\"b\n{\"status\":1}\xff"));
    EXPECT_EQ(line.find('\n'), std::string::npos);
    EXPECT_TRUE(nlohmann::json::accept(line)) << line;
}

TEST(AccessLog, WritesOneLinePerEntry)
{
    std::ostringstream out;
    AccessLog log(out);
    log.write(sampleEntry("/one"));
    log.write(sampleEntry("/two"));
    const std::string text = out.str();
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2);
    EXPECT_NE(text.find("\"/one\""), std::string::npos);
    EXPECT_NE(text.find("\"/two\""), std::string::npos);
}
