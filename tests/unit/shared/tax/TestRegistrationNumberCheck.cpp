#include "shared/tax/RegistrationNumberCheck.h"

#include <gtest/gtest.h>

using namespace fitflow::tax;
using Warnings = std::vector<RegistrationWarning>;

TEST(RegistrationNumberCheck, ValidGstHstNumbersHaveNoWarnings)
{
    EXPECT_EQ(checkGstHstNumber("123456782RT0001"), Warnings{});
    EXPECT_EQ(checkGstHstNumber("123456782 RT0001"), Warnings{});
    EXPECT_EQ(checkGstHstNumber("12345 6782 rt 0001"), Warnings{});
    EXPECT_EQ(checkGstHstNumber("123026635RT0002"), Warnings{});
}

TEST(RegistrationNumberCheck, GstHstLuhnDigitIsChecked)
{
    EXPECT_EQ(checkGstHstNumber("123456789RT0001"), Warnings{RegistrationWarning::BadCheckDigit});
    EXPECT_EQ(checkGstHstNumber("123456783RT0001"), Warnings{RegistrationWarning::BadCheckDigit});
}

TEST(RegistrationNumberCheck, GstHstShapeProgramAndReference)
{
    EXPECT_EQ(checkGstHstNumber("12345678RT0001"), Warnings{RegistrationWarning::WrongShape});
    EXPECT_EQ(checkGstHstNumber("123456782RT001"), Warnings{RegistrationWarning::WrongShape});
    EXPECT_EQ(checkGstHstNumber("12345678ZRT0001"), Warnings{RegistrationWarning::WrongShape});
    EXPECT_EQ(checkGstHstNumber(""), Warnings{RegistrationWarning::WrongShape});
    EXPECT_EQ(checkGstHstNumber("123456782RC0001"), Warnings{RegistrationWarning::WrongProgram});
    EXPECT_EQ(checkGstHstNumber("123456782RT0000"), Warnings{RegistrationWarning::ZeroReference});
    EXPECT_EQ(checkGstHstNumber("123456789RP0000"),
              (Warnings{RegistrationWarning::WrongProgram, RegistrationWarning::ZeroReference,
                        RegistrationWarning::BadCheckDigit}));
}

TEST(RegistrationNumberCheck, ValidQstNumbersHaveNoWarnings)
{
    EXPECT_EQ(checkQstNumber("1224002901TQ0001"), Warnings{});
    EXPECT_EQ(checkQstNumber("1224002901 TQ 0001"), Warnings{});
    EXPECT_EQ(checkQstNumber("1214326422TQ0001"), Warnings{});
}

TEST(RegistrationNumberCheck, QstMod11DigitIsChecked)
{
    EXPECT_EQ(checkQstNumber("1224002902TQ0001"), Warnings{RegistrationWarning::BadCheckDigit});
    EXPECT_EQ(checkQstNumber("1234567890TQ0001"), Warnings{RegistrationWarning::BadCheckDigit});
}

TEST(RegistrationNumberCheck, QstShapeProgramAndSerial)
{
    EXPECT_EQ(checkQstNumber("1224002901TQ000"), Warnings{RegistrationWarning::WrongShape});
    EXPECT_EQ(checkQstNumber("122400290TQ0001"), Warnings{RegistrationWarning::WrongShape});
    EXPECT_EQ(checkQstNumber("1224002901TQ0000"), Warnings{RegistrationWarning::ZeroReference});
    EXPECT_EQ(checkQstNumber("1224002901RT0001"), Warnings{RegistrationWarning::WrongProgram});
}
