#include "shared/domain/FieldRules.h"

#include <gtest/gtest.h>

namespace fitflow {
namespace {

TEST(FieldRules, emails)
{
    EXPECT_TRUE(isPlausibleEmail("ana.silva@example.ca"));
    for (const char* bad : {"", "ana", "@example.ca", "ana@", "ana@example", "ana@.ca",
                            "ana@example.", "a b@example.ca", "ana@@example.ca", "a@b@c.ca"}) {
        EXPECT_FALSE(isPlausibleEmail(bad)) << bad;
    }
    EXPECT_FALSE(isPlausibleEmail(std::string(250, 'a') + "@x.ca"));
}

TEST(FieldRules, phones)
{
    EXPECT_TRUE(isPlausiblePhone("+1 (416) 555-0100"));
    EXPECT_TRUE(isPlausiblePhone("416.555.0100"));
    EXPECT_FALSE(isPlausiblePhone("555-010"));          // 6 digits
    EXPECT_FALSE(isPlausiblePhone("4165550100 ext 2")); // letters
    EXPECT_FALSE(isPlausiblePhone("1234567890123456")); // 16 digits
}

TEST(FieldRules, timeZoneNames)
{
    EXPECT_TRUE(isPlausibleTimeZoneName("America/Toronto"));
    EXPECT_TRUE(isPlausibleTimeZoneName("America/Argentina/Buenos_Aires"));
    EXPECT_TRUE(isPlausibleTimeZoneName("UTC"));
    EXPECT_TRUE(isPlausibleTimeZoneName("Etc/GMT+5"));
    EXPECT_FALSE(isPlausibleTimeZoneName(""));
    EXPECT_FALSE(isPlausibleTimeZoneName("/etc/passwd"));
    EXPECT_FALSE(isPlausibleTimeZoneName("America/../../x"));
    EXPECT_FALSE(isPlausibleTimeZoneName("America/Toronto "));
}

TEST(FieldRules, currencyCodesAndDigests)
{
    EXPECT_TRUE(isCurrencyCode("CAD"));
    EXPECT_FALSE(isCurrencyCode("cad"));
    EXPECT_FALSE(isCurrencyCode("CA"));
    EXPECT_TRUE(isSha256Hex(std::string(64, 'a')));
    EXPECT_FALSE(isSha256Hex(std::string(63, 'a')));
    EXPECT_FALSE(isSha256Hex(std::string(64, 'A')));
}

} // namespace
} // namespace fitflow
