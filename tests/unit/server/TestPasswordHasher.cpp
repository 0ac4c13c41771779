#include "server/service/PasswordHasher.h"

#include <gtest/gtest.h>

using fitflow::service::PasswordHasher;
using fitflow::service::PasswordHashLimits;

TEST(PasswordHasher, ProducesArgon2idThatVerifies)
{
    const PasswordHasher hasher(PasswordHashLimits::cheapestForTests());
    const auto hash = hasher.hash("correct horse battery staple");
    ASSERT_TRUE(hash.ok());
    EXPECT_TRUE(hash->starts_with("$argon2id$")) << *hash;
    EXPECT_TRUE(hasher.verify(*hash, "correct horse battery staple"));
    EXPECT_FALSE(hasher.verify(*hash, "correct horse battery stapler"));
}

TEST(PasswordHasher, SaltsEveryHash)
{
    const PasswordHasher hasher(PasswordHashLimits::cheapestForTests());
    EXPECT_NE(hasher.hash("same password").value(), hasher.hash("same password").value());
}

TEST(PasswordHasher, DefaultLimitsMeetOwaspFloorAndAreRecorded)
{
    const PasswordHashLimits limits;
    EXPECT_GE(limits.opsLimit, 2U);
    EXPECT_GE(limits.memLimitBytes, std::size_t{19} * 1024 * 1024);
    const auto hash = PasswordHasher().hash("a password for the cost check");
    ASSERT_TRUE(hash.ok());
    // m in KiB and t are encoded in the hash, so old hashes keep verifying after a change.
    EXPECT_NE(hash->find("$m=65536,t=3,"), std::string::npos) << *hash;
}

TEST(PasswordHasher, RefusesEmptyPasswordAndMalformedHashes)
{
    const PasswordHasher hasher(PasswordHashLimits::cheapestForTests());
    const auto empty = hasher.hash("");
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, "invalid_argument");
    EXPECT_FALSE(hasher.verify("", "x"));
    EXPECT_FALSE(hasher.verify("$argon2id$garbage", "x"));
    EXPECT_FALSE(hasher.verify(std::string(500, 'a'), "x"));
}
