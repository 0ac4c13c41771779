#include "shared/ical/ClientInitials.h"

#include <gtest/gtest.h>

namespace fitflow::ical {
namespace {

TEST(ClientInitials, OneInitialPerWord)
{
    EXPECT_EQ(clientInitials("Jane Doe"), "J.D.");
    EXPECT_EQ(clientInitials("  mary  ann   smith "), "M.A.S.");
    EXPECT_EQ(clientInitials("Tremblay-Roy"), "T.");
}

TEST(ClientInitials, KeepsWholeUtf8Characters)
{
    EXPECT_EQ(clientInitials("\xC3\x89milie \xC3\x87\x61ron"), "\xC3\x89.\xC3\x87.");
    EXPECT_EQ(clientInitials("\xE6\x9D\x8E \xE5\xB0\x8F\xE9\xBE\x99"),
              "\xE6\x9D\x8E.\xE5\xB0\x8F.");
}

TEST(ClientInitials, BlankNameGivesNothing)
{
    EXPECT_EQ(clientInitials(""), "");
    EXPECT_EQ(clientInitials("   "), "");
}

} // namespace
} // namespace fitflow::ical
