#include "server/storage/Migration.h"

#include <gtest/gtest.h>

using fitflow::storage::loadMigrations;
using fitflow::storage::MigrationFile;
using fitflow::storage::parseMigration;
using fitflow::storage::sha256Hex;

TEST(Migration, Sha256MatchesTheFipsTestVector)
{
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Migration, ParsesVersionNameAndChecksum)
{
    const auto migration = parseMigration({"0012_add_devices.sql", "CREATE TABLE d ();"});
    ASSERT_TRUE(migration.ok()) << migration.error().message;
    EXPECT_EQ(migration->version, 12);
    EXPECT_EQ(migration->name, "add_devices");
    EXPECT_EQ(migration->sql, "CREATE TABLE d ();");
    EXPECT_EQ(migration->checksum, sha256Hex("CREATE TABLE d ();"));
}

TEST(Migration, RejectsBadFileNamesNamingTheFile)
{
    for (const char* name :
         {"001_short.sql", "0001_initial.txt", "abcd_letters.sql", "0000_zero.sql", "0001_.sql",
          "0001_Upper.sql", "0001-dash.sql", "0001_a b.sql"}) {
        const auto migration = parseMigration({name, "SELECT 1;"});
        ASSERT_FALSE(migration.ok()) << name;
        EXPECT_EQ(migration.error().code, "invalid_migration") << name;
        EXPECT_EQ(migration.error().path, name);
    }
}

TEST(Migration, LoadSortsByVersion)
{
    const std::vector<MigrationFile> files{
        {"0010_ten.sql", "a"}, {"0002_two.sql", "b"}, {"0001_one.sql", "c"}};
    const auto migrations = loadMigrations(files);
    ASSERT_TRUE(migrations.ok());
    ASSERT_EQ(migrations->size(), 3U);
    EXPECT_EQ((*migrations)[0].version, 1);
    EXPECT_EQ((*migrations)[1].version, 2);
    EXPECT_EQ((*migrations)[2].version, 10);
}

TEST(Migration, LoadRefusesTwoFilesWithOneVersion)
{
    const auto migrations = loadMigrations({{"0003_a.sql", "a"}, {"0003_b.sql", "b"}});
    ASSERT_FALSE(migrations.ok());
    EXPECT_EQ(migrations.error().code, "duplicate_migration");
}
