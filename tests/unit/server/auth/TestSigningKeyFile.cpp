#include "server/service/auth/SigningKeyFile.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace fitflow::auth {
namespace {

// A fresh directory per test, removed afterwards.
class TempDir {
public:
    TempDir()
    {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "fitflow-keys-XXXXXX").string();
        m_path = ::mkdtemp(pattern.data());
    }
    ~TempDir() { std::filesystem::remove_all(m_path); }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

TEST(SigningKeyFile, GenerateWritesAnOwnerOnlyFileThatLoads)
{
    TempDir dir;
    const auto path = dir.path() / "jwt-keys.json";
    auto kid = generateSigningKeyFile(path);
    ASSERT_TRUE(kid.ok()) << kid.error().message;
    struct stat info {};
    ASSERT_EQ(::stat(path.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600U);
    auto ring = loadSigningKeyFile(path);
    ASSERT_TRUE(ring.ok()) << ring.error().message;
    EXPECT_EQ(ring->activeKey().kid(), *kid);
    EXPECT_EQ(generateSigningKeyFile(path).error().code, "key_file_exists");
    EXPECT_EQ(loadSigningKeyFile(path)->activeKey().kid(), *kid); // not overwritten
}

TEST(SigningKeyFile, LoadsFromTheEnvironmentVariable)
{
    TempDir dir;
    const auto path = dir.path() / "keys.json";
    auto kid = generateSigningKeyFile(path);
    ASSERT_TRUE(kid.ok());
    ::unsetenv(kJwtKeysEnvironmentVariable);
    EXPECT_EQ(loadSigningKeyRingFromEnvironment().error().code, "key_file_not_configured");
    ::setenv(kJwtKeysEnvironmentVariable, path.c_str(), 1);
    auto ring = loadSigningKeyRingFromEnvironment();
    ::unsetenv(kJwtKeysEnvironmentVariable);
    ASSERT_TRUE(ring.ok());
    EXPECT_EQ(ring->activeKey().kid(), *kid);
}

TEST(SigningKeyFile, ReportsMissingAndInvalidFiles)
{
    TempDir dir;
    EXPECT_EQ(loadSigningKeyFile(dir.path() / "absent.json").error().code, "key_file_unreadable");
    const auto path = dir.path() / "bad.json";
    std::ofstream(path) << R"([{"kid":"x","seed":"AAAA","active":true}])";
    EXPECT_EQ(loadSigningKeyFile(path).error().code, "invalid_key_file");
}

} // namespace
} // namespace fitflow::auth
