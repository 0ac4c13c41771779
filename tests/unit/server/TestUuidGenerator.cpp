#include "server/service/UuidGenerator.h"

#include "shared/domain/UuidV7.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

using fitflow::service::UuidGenerator;

TEST(UuidGenerator, IsCanonicalVersion7WithRfcVariant)
{
    static const std::regex kV7(
        "^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    for (int i = 0; i < 100; ++i) {
        const std::string id = UuidGenerator::newV7();
        EXPECT_TRUE(std::regex_match(id, kV7)) << id;
        EXPECT_TRUE(fitflow::isUuidV7(id)) << id;
    }
}

TEST(UuidGenerator, EncodesTheMillisecondTimestampFirst)
{
    // 2026-01-01T00:00:00.000Z = 1767225600000 ms = 0x019B76DAA800: the first 48 bits.
    const std::chrono::system_clock::time_point instant{std::chrono::milliseconds(1767225600000)};
    const std::string id = UuidGenerator::newV7(instant);
    EXPECT_EQ(id.substr(0, 8) + id.substr(9, 4), "019b76daa800");
}

TEST(UuidGenerator, LaterInstantsSortLater)
{
    const auto now = std::chrono::system_clock::now();
    EXPECT_LT(UuidGenerator::newV7(now), UuidGenerator::newV7(now + std::chrono::milliseconds(1)));
}

TEST(UuidGenerator, IdsAreUnique)
{
    std::set<std::string> ids;
    const auto now = std::chrono::system_clock::now();
    for (int i = 0; i < 1000; ++i) {
        ids.insert(UuidGenerator::newV7(now));
    }
    EXPECT_EQ(ids.size(), 1000U);
}
