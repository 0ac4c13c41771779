#include "shared/codec/TextFormats.h"

#include <gtest/gtest.h>

namespace fitflow {
namespace {

using namespace std::chrono;

TEST(TextFormats, parsesAndFormatsDates)
{
    const auto date = parseIsoDate("2024-02-29");
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(*date, year{2024} / February / 29);
    EXPECT_EQ(formatIsoDate(year{2026} / March / 5), "2026-03-05");
}

TEST(TextFormats, rejectsImpossibleOrMisshapenDates)
{
    for (const char* text : {"2025-02-29", "2026-13-01", "2026-00-10", "2026-3-15", "2026/03/15",
                             "20260315", "2026-03-15T00:00:00Z", "2026-03-1x", ""}) {
        EXPECT_FALSE(parseIsoDate(text).has_value()) << text;
    }
}

TEST(TextFormats, parsesUtcInstantsWithAndWithoutFractions)
{
    const Instant base{sys_days{year{2026} / March / 15} + hours{14} + minutes{5} + seconds{9}};
    EXPECT_EQ(parseUtcInstant("2026-03-15T14:05:09Z"), base);
    EXPECT_EQ(parseUtcInstant("2026-03-15T14:05:09.25Z"), base + milliseconds{250});
    EXPECT_EQ(parseUtcInstant("2026-03-15T14:05:09.250000000Z"), base + milliseconds{250});
}

TEST(TextFormats, rejectsNonUtcAndLossyInstants)
{
    for (const char* text :
         {"2026-03-15T14:05:09+01:00", "2026-03-15T14:05:09", "2026-03-15 14:05:09Z",
          "2026-03-15T24:00:00Z", "2026-03-15T14:60:00Z", "2026-03-15T14:05:60Z",
          "2026-03-15T14:05:09.Z", "2026-03-15T14:05:09.0001Z", "2026-03-15T14:05:09.1234567890Z",
          "2026-02-30T00:00:00Z", "2026-03-15t14:05:09z"}) {
        EXPECT_FALSE(parseUtcInstant(text).has_value()) << text;
    }
}

TEST(TextFormats, formatsInstantsThatParseBack)
{
    const Instant instant{sys_days{year{1999} / December / 31} + hours{23} + minutes{59} +
                          seconds{59} + milliseconds{7}};
    EXPECT_EQ(formatUtcInstant(instant), "1999-12-31T23:59:59.007Z");
    EXPECT_EQ(parseUtcInstant(formatUtcInstant(instant)), instant);
    EXPECT_EQ(formatUtcInstant(Instant{sys_days{year{2026} / January / 2}}),
              "2026-01-02T00:00:00Z");
}

TEST(TextFormats, acceptsOnlyCanonicalLowercaseUuids)
{
    EXPECT_TRUE(isCanonicalUuid("01932c07-2a4b-7c3d-8e5f-0123456789ab"));
    EXPECT_FALSE(isCanonicalUuid("01932C07-2A4B-7C3D-8E5F-0123456789AB"));
    EXPECT_FALSE(isCanonicalUuid("01932c072a4b7c3d8e5f0123456789ab"));
    EXPECT_FALSE(isCanonicalUuid("{01932c07-2a4b-7c3d-8e5f-0123456789ab}"));
    EXPECT_FALSE(isCanonicalUuid("01932c07-2a4b-7c3d-8e5f-0123456789ag"));
    EXPECT_FALSE(isCanonicalUuid("01932c07-2a4b-7c3d-8e5f+0123456789ab"));
}

} // namespace
} // namespace fitflow
