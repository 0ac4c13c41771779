// Location fields: Canadian province codes and IANA zones the tz database knows, in the
// Area/Location form the database accepts.
#include "server/service/orgadmin/LocationService.h"

#include <gtest/gtest.h>

namespace fitflow::service {
namespace {

TEST(LocationValidation, ProvinceCodes)
{
    for (const char* code :
         {"AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"}) {
        EXPECT_TRUE(validateProvince(code)) << code;
    }
    for (const char* code : {"", "on", "XX", "ONT", "WA"}) {
        const Status status = validateProvince(code);
        ASSERT_FALSE(status) << code;
        EXPECT_EQ(status.error().code, "invalid_value");
        EXPECT_EQ(status.error().path, "province");
    }
}

TEST(LocationValidation, TimeZones)
{
    for (const char* zone : {"America/Toronto", "America/Vancouver", "America/St_Johns",
                             "America/Argentina/Buenos_Aires"}) {
        EXPECT_TRUE(validateTimeZone(zone)) << zone;
    }
    for (const char* zone : {"", "UTC", "EST5EDT", "Mars/Olympus_Mons", "America/Toronto ",
                             "../etc/passwd", "America/"}) {
        const Status status = validateTimeZone(zone);
        ASSERT_FALSE(status) << zone;
        EXPECT_EQ(status.error().path, "time_zone");
    }
}

} // namespace
} // namespace fitflow::service
