#include "shared/domain/AddressRules.h"

#include <gtest/gtest.h>

namespace fitflow {
namespace {

TEST(AddressRules, PostalCodesTakeCanadaPostsFormWhateverTheCaseAndSpacing)
{
    for (const char* typed : {"H2T 1S6", "h2t1s6", " h2T 1s6 ", "H2T  1S6"}) {
        const auto code = normalizePostalCode(typed);
        ASSERT_TRUE(code) << typed;
        EXPECT_EQ(*code, "H2T 1S6") << typed;
    }
    for (const char* wrong : {"", "H2T 1S", "H2T 1S66", "12345", "H2T-1S6", "D2T 1S6", "W2T 1S6",
                              "H2O 1S6", "H2T 1U6", "HHT 1S6"}) {
        const auto code = normalizePostalCode(wrong);
        ASSERT_FALSE(code) << wrong;
        EXPECT_EQ(code.error().code, "invalid_value");
        EXPECT_EQ(code.error().path, "postal_code");
        EXPECT_NE(code.error().message.find("H2T 1S6"), std::string::npos);
    }
}

TEST(AddressRules, AStreetIsOneOrTwoTrimmedLines)
{
    EXPECT_EQ(*normalizeStreet("  4521 boul. Saint-Laurent "), "4521 boul. Saint-Laurent");
    EXPECT_EQ(*normalizeStreet("4521 boul. Saint-Laurent\r\n Suite 200"),
              "4521 boul. Saint-Laurent\nSuite 200");
    const auto three = normalizeStreet("1\n2\n3");
    ASSERT_FALSE(three);
    EXPECT_EQ(three.error().path, "street");
    EXPECT_NE(three.error().message.find("two lines"), std::string::npos);
    for (const std::string& wrong : {std::string(), std::string("   "), std::string("1 Main St\n"),
                                     std::string(101, 'a'), std::string("1\tMain St")}) {
        const auto street = normalizeStreet(wrong);
        ASSERT_FALSE(street) << wrong;
        EXPECT_EQ(street.error().code, "invalid_value");
        EXPECT_EQ(street.error().path, "street");
    }
    EXPECT_TRUE(normalizeStreet(std::string(100, 'a')));
}

TEST(AddressRules, ACityIsOneTrimmedLine)
{
    EXPECT_EQ(*normalizeCity(" Montréal "), "Montréal");
    for (const std::string& wrong :
         {std::string(), std::string("Montréal\nQC"), std::string(101, 'a')}) {
        const auto city = normalizeCity(wrong);
        ASSERT_FALSE(city) << wrong;
        EXPECT_EQ(city.error().path, "city");
    }
}

TEST(AddressRules, TheAddressLinesLeaveOutWhatIsUnknown)
{
    using Lines = std::vector<std::string>;
    EXPECT_EQ(addressLines(std::string("4521 boul. Saint-Laurent\nSuite 200"),
                           std::string("Montréal"), "QC", std::string("H2T 1S6")),
              (Lines{"4521 boul. Saint-Laurent", "Suite 200", "Montréal QC  H2T 1S6"}));
    EXPECT_EQ(addressLines(std::nullopt, std::string("Toronto"), "ON", std::nullopt),
              (Lines{"Toronto ON"}));
    EXPECT_EQ(addressLines(std::string("1 King St W"), std::nullopt, "ON", std::nullopt),
              (Lines{"1 King St W", "ON"}));
    EXPECT_TRUE(addressLines(std::nullopt, std::nullopt, "QC", std::nullopt).empty());
}

} // namespace
} // namespace fitflow
