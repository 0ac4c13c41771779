#include "server/storage/MigrationPlan.h"

#include <gtest/gtest.h>

using fitflow::storage::AppliedMigration;
using fitflow::storage::loadMigrations;
using fitflow::storage::Migration;
using fitflow::storage::planPendingMigrations;

namespace {

std::vector<Migration> threeMigrations()
{
    return loadMigrations(
               {{"0001_one.sql", "one"}, {"0002_two.sql", "two"}, {"0003_three.sql", "three"}})
        .value();
}

AppliedMigration appliedFrom(const Migration& migration)
{
    return {migration.version, migration.name, migration.checksum};
}

} // namespace

TEST(MigrationPlan, FreshDatabaseGetsEverythingInOrder)
{
    const auto pending = planPendingMigrations(threeMigrations(), {});
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 3U);
    EXPECT_EQ((*pending)[0].version, 1);
    EXPECT_EQ((*pending)[2].version, 3);
}

TEST(MigrationPlan, OnlyMissingVersionsArePending)
{
    const auto known = threeMigrations();
    const auto pending =
        planPendingMigrations(known, {appliedFrom(known[0]), appliedFrom(known[1])});
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1U);
    EXPECT_EQ(pending->front().version, 3);
}

TEST(MigrationPlan, FullyMigratedDatabaseHasNothingPending)
{
    const auto known = threeMigrations();
    const auto pending = planPendingMigrations(
        known, {appliedFrom(known[2]), appliedFrom(known[0]), appliedFrom(known[1])});
    ASSERT_TRUE(pending.ok());
    EXPECT_TRUE(pending->empty());
}

TEST(MigrationPlan, EditedAppliedFileIsRefused)
{
    const auto known = threeMigrations();
    AppliedMigration edited = appliedFrom(known[1]);
    edited.checksum = std::string(64, '0');
    const auto pending = planPendingMigrations(known, {appliedFrom(known[0]), edited});
    ASSERT_FALSE(pending.ok());
    EXPECT_EQ(pending.error().code, "migration_checksum_mismatch");
    EXPECT_EQ(pending.error().path, "2");
}

TEST(MigrationPlan, DatabaseFromANewerBinaryIsRefused)
{
    const auto known = threeMigrations();
    const auto pending = planPendingMigrations(
        known, {appliedFrom(known[0]), AppliedMigration{7, "future", std::string(64, 'a')}});
    ASSERT_FALSE(pending.ok());
    EXPECT_EQ(pending.error().code, "migration_unknown");
    EXPECT_EQ(pending.error().path, "7");
}
