#include "server/app/ServerConfig.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

using fitflow::app::EnvLookup;
using fitflow::app::loadMigrationConfig;
using fitflow::app::loadSeedConfig;
using fitflow::app::loadServeConfig;

namespace {

class ServerConfigTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_directory = std::filesystem::temp_directory_path() /
                      ("fitflow-config-test-" + std::to_string(::getpid()));
        std::filesystem::create_directories(m_directory);
        std::ofstream(m_directory / "cert.pem") << "certificate";
        std::ofstream(m_directory / "key.pem") << "key";
        m_vars = {
            {"FITFLOW_DATABASE_URL", "postgresql://app:s3cret@127.0.0.1:5432/fitflow"},
            {"FITFLOW_TLS_CERT", (m_directory / "cert.pem").string()},
            {"FITFLOW_TLS_KEY", (m_directory / "key.pem").string()},
        };
    }
    void TearDown() override { std::filesystem::remove_all(m_directory); }

    EnvLookup env() const
    {
        return [vars = m_vars](const std::string& name) -> std::optional<std::string> {
            const auto found = vars.find(name);
            return found == vars.end() ? std::nullopt : std::optional(found->second);
        };
    }

    std::filesystem::path m_directory;
    std::map<std::string, std::string> m_vars;
};

} // namespace

TEST_F(ServerConfigTest, DefaultsMatchTheDocumentedValues)
{
    const auto config = loadServeConfig(env());
    ASSERT_TRUE(config.ok()) << config.error().message;
    EXPECT_EQ(config->http.bindAddress, "127.0.0.1");
    EXPECT_EQ(config->http.port, 8443);
    EXPECT_EQ(config->http.threads, 8U);
    EXPECT_EQ(config->http.maxBodyBytes, 1024U * 1024U);
    EXPECT_EQ(config->databaseUrl, m_vars["FITFLOW_DATABASE_URL"]);
}

TEST_F(ServerConfigTest, ReadsOverrides)
{
    m_vars["FITFLOW_BIND"] = "0.0.0.0";
    m_vars["FITFLOW_PORT"] = "0";
    m_vars["FITFLOW_HTTP_THREADS"] = "2";
    m_vars["FITFLOW_MAX_BODY_BYTES"] = "4096";
    const auto config = loadServeConfig(env());
    ASSERT_TRUE(config.ok()) << config.error().message;
    EXPECT_EQ(config->http.bindAddress, "0.0.0.0");
    EXPECT_EQ(config->http.port, 0);
    EXPECT_EQ(config->http.threads, 2U);
    EXPECT_EQ(config->http.maxBodyBytes, 4096U);
}

TEST_F(ServerConfigTest, BadNumbersNameTheVariable)
{
    const std::vector<std::pair<std::string, std::string>> bad{
        {"FITFLOW_PORT", "65536"},        {"FITFLOW_PORT", "84a3"},
        {"FITFLOW_PORT", "-1"},           {"FITFLOW_HTTP_THREADS", "0"},
        {"FITFLOW_HTTP_THREADS", " 8"},   {"FITFLOW_MAX_BODY_BYTES", "0"},
        {"FITFLOW_MAX_BODY_BYTES", "1e6"}};
    for (const auto& [name, value] : bad) {
        auto vars = m_vars;
        m_vars[name] = value;
        const auto config = loadServeConfig(env());
        ASSERT_FALSE(config.ok()) << name << "=" << value;
        EXPECT_EQ(config.error().code, "invalid_config");
        EXPECT_EQ(config.error().path, name);
        EXPECT_EQ(config.error().message.find(name), 0U) << config.error().message;
        m_vars = vars;
    }
}

TEST_F(ServerConfigTest, MissingRequiredVariablesAreNamed)
{
    for (const char* name : {"FITFLOW_DATABASE_URL", "FITFLOW_TLS_CERT", "FITFLOW_TLS_KEY"}) {
        auto vars = m_vars;
        m_vars.erase(name);
        const auto config = loadServeConfig(env());
        ASSERT_FALSE(config.ok()) << name;
        EXPECT_EQ(config.error().path, name);
        m_vars = vars;
    }
}

TEST_F(ServerConfigTest, UnreadableCertificateIsRefused)
{
    m_vars["FITFLOW_TLS_CERT"] = (m_directory / "missing.pem").string();
    const auto config = loadServeConfig(env());
    ASSERT_FALSE(config.ok());
    EXPECT_EQ(config.error().path, "FITFLOW_TLS_CERT");
}

TEST_F(ServerConfigTest, DatabaseUrlIsValidatedWithoutEchoingSecrets)
{
    m_vars["FITFLOW_DATABASE_URL"] = "mysql://app:s3cret@db/fitflow";
    const auto config = loadServeConfig(env());
    ASSERT_FALSE(config.ok());
    EXPECT_EQ(config.error().path, "FITFLOW_DATABASE_URL");
    EXPECT_EQ(config.error().message.find("s3cret"), std::string::npos);
}

TEST_F(ServerConfigTest, MigrateAndSeedUseTheMigrationOwnerUrl)
{
    EXPECT_EQ(loadMigrationConfig(env()).error().path, "FITFLOW_MIGRATION_DATABASE_URL");
    m_vars["FITFLOW_MIGRATION_DATABASE_URL"] = "postgresql://owner:pw@127.0.0.1/fitflow";
    EXPECT_EQ(loadMigrationConfig(env()).value().databaseUrl,
              "postgresql://owner:pw@127.0.0.1/fitflow");
    const auto seed = loadSeedConfig(env());
    ASSERT_TRUE(seed.ok());
    EXPECT_EQ(seed->demoPassword, "fitflow-demo-2026");
    EXPECT_FALSE(seed->demoPasswordFromEnvironment);
}

TEST_F(ServerConfigTest, DemoPasswordComesFromTheEnvironmentAndMustNotBeEmpty)
{
    m_vars["FITFLOW_MIGRATION_DATABASE_URL"] = "postgresql://owner:pw@127.0.0.1/fitflow";
    m_vars["FITFLOW_DEMO_PASSWORD"] = "another-demo-password";
    const auto seed = loadSeedConfig(env());
    ASSERT_TRUE(seed.ok());
    EXPECT_EQ(seed->demoPassword, "another-demo-password");
    EXPECT_TRUE(seed->demoPasswordFromEnvironment);
    m_vars["FITFLOW_DEMO_PASSWORD"] = "";
    EXPECT_EQ(loadSeedConfig(env()).error().path, "FITFLOW_DEMO_PASSWORD");
}
