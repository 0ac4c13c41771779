#include "server/app/ServerConfig.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

namespace fitflow::app {
namespace {

// The rate-limit and metrics variables of loadServeConfig, on top of a valid minimal env.
class OperabilityConfigTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_directory = std::filesystem::temp_directory_path() /
                      ("fitflow-operability-config-" + std::to_string(::getpid()));
        std::filesystem::create_directories(m_directory);
        std::ofstream(m_directory / "cert.pem") << "certificate";
        std::ofstream(m_directory / "key.pem") << "key";
        m_vars = {
            {"FITFLOW_DATABASE_URL", "postgresql://app@127.0.0.1:5432/fitflow"},
            {"FITFLOW_TLS_CERT", (m_directory / "cert.pem").string()},
            {"FITFLOW_TLS_KEY", (m_directory / "key.pem").string()},
        };
    }
    void TearDown() override { std::filesystem::remove_all(m_directory); }

    Result<ServeConfig> load() const
    {
        return loadServeConfig([vars = m_vars](const std::string& name) {
            const auto found = vars.find(name);
            return found == vars.end() ? std::nullopt : std::optional(found->second);
        });
    }

    std::filesystem::path m_directory;
    std::map<std::string, std::string> m_vars;
};

TEST_F(OperabilityConfigTest, DefaultsLimitPerIpAndPerUserAndKeepMetricsOff)
{
    const auto config = load();
    ASSERT_TRUE(config) << config.error().message;
    EXPECT_EQ(config->http.perIpRateLimit.ratePerSecond, 50u);
    EXPECT_EQ(config->http.perIpRateLimit.burst, 100u);
    EXPECT_EQ(config->http.perUserRateLimit.ratePerSecond, 20u);
    EXPECT_FALSE(config->http.metricsEnabled);
}

TEST_F(OperabilityConfigTest, ReadsOverrides)
{
    m_vars["FITFLOW_RATE_LIMIT_PER_IP"] = "3";
    m_vars["FITFLOW_RATE_LIMIT_PER_IP_BURST"] = "7";
    m_vars["FITFLOW_RATE_LIMIT_PER_USER"] = "0";
    m_vars["FITFLOW_METRICS"] = "1";
    const auto config = load();
    ASSERT_TRUE(config) << config.error().message;
    EXPECT_EQ(config->http.perIpRateLimit.ratePerSecond, 3u);
    EXPECT_EQ(config->http.perIpRateLimit.burst, 7u);
    EXPECT_EQ(config->http.perUserRateLimit.ratePerSecond, 0u);
    EXPECT_TRUE(config->http.metricsEnabled);
}

TEST_F(OperabilityConfigTest, BadValuesNameTheVariable)
{
    for (const auto& [name, value] : std::map<std::string, std::string>{
             {"FITFLOW_RATE_LIMIT_PER_IP", "-1"},
             {"FITFLOW_RATE_LIMIT_PER_IP_BURST", "0"},
             {"FITFLOW_RATE_LIMIT_PER_USER", "ten"},
             {"FITFLOW_METRICS", "yes"},
         }) {
        auto vars = m_vars;
        m_vars[name] = value;
        const auto config = load();
        m_vars = vars;
        ASSERT_FALSE(config) << name;
        EXPECT_EQ(config.error().code, "invalid_config");
        EXPECT_EQ(config.error().path, name);
    }
}

} // namespace
} // namespace fitflow::app
