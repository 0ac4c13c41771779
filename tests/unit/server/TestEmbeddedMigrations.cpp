#include "server/storage/EmbeddedMigrations.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using fitflow::storage::embeddedMigrationFiles;
using fitflow::storage::loadMigrations;

// The binary must carry exactly the files of server/storage/migrations, byte for byte, so an
// installed fitflow-server migrates without a source tree and checksums match the sources.
TEST(EmbeddedMigrations, MatchTheSourceFilesByteForByte)
{
    std::size_t sourceFiles = 0;
    for (const auto& entry : std::filesystem::directory_iterator(FITFLOW_MIGRATIONS_DIR)) {
        if (entry.path().extension() != ".sql") {
            continue;
        }
        ++sourceFiles;
        std::ifstream file(entry.path(), std::ios::binary);
        std::ostringstream text;
        text << file.rdbuf();
        const auto& embedded = embeddedMigrationFiles();
        const auto found = std::find_if(embedded.begin(), embedded.end(), [&](const auto& f) {
            return f.fileName == entry.path().filename().string();
        });
        ASSERT_NE(found, embedded.end()) << entry.path() << " is not embedded (CMake list?)";
        EXPECT_EQ(found->sql, text.str()) << entry.path();
    }
    EXPECT_EQ(embeddedMigrationFiles().size(), sourceFiles);
}

TEST(EmbeddedMigrations, AreValidAndStartAtVersionOne)
{
    const auto migrations = loadMigrations(embeddedMigrationFiles());
    ASSERT_TRUE(migrations.ok()) << migrations.error().message;
    ASSERT_FALSE(migrations->empty());
    for (std::size_t i = 0; i < migrations->size(); ++i) {
        EXPECT_EQ((*migrations)[i].version, static_cast<int>(i + 1)) << "versions must not skip";
    }
}
