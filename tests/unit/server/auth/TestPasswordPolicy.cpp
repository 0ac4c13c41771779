#include "server/service/auth/CommonPasswords.h"
#include "server/service/auth/PasswordPolicy.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

namespace fitflow::auth {
namespace {

std::string codeOf(const Status& status)
{
    return status.ok() ? std::string("ok") : status.error().code;
}

TEST(PasswordPolicy, BundledListHasAtLeastTenThousandEntries)
{
    const PasswordPolicy policy;
    EXPECT_GE(policy.commonPasswordCount(), 10000U);
    EXPECT_NE(bundledCommonPasswords().find("\npassword1234\n"), std::string_view::npos);
}

TEST(PasswordPolicy, EmbeddedListIsTheShippedFileByteForByte)
{
    std::ifstream file(FITFLOW_COMMON_PASSWORDS_FILE, std::ios::binary);
    ASSERT_TRUE(file.good());
    const std::string onDisk((std::istreambuf_iterator<char>(file)),
                             std::istreambuf_iterator<char>());
    EXPECT_GT(onDisk.size(), 65536U); // large enough to be embedded in several chunks
    EXPECT_EQ(bundledCommonPasswords(), onDisk);
}

TEST(PasswordPolicy, AcceptsTwelveCodePointsAndRefusesEleven)
{
    const PasswordPolicy policy;
    EXPECT_EQ(codeOf(policy.check("kx7-rain-Vq2")), "ok");
    EXPECT_EQ(codeOf(policy.check("kx7-rain-Vq")), "password_too_short");
    EXPECT_EQ(codeOf(policy.check("")), "password_too_short");
}

TEST(PasswordPolicy, CountsCodePointsNotBytes)
{
    const PasswordPolicy policy;
    // Eleven code points but 22 bytes: still too short.
    const std::string elevenAccented =
        "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9";
    ASSERT_EQ(elevenAccented.size(), 22U);
    EXPECT_EQ(codeOf(policy.check(elevenAccented)), "password_too_short");
    EXPECT_EQ(codeOf(policy.check(elevenAccented + "\u00e9")), "ok");
    // Four-byte code points (emoji) count once each.
    std::string emoji;
    for (int i = 0; i < 12; ++i) {
        emoji += "\U0001F3CB";
    }
    EXPECT_EQ(codeOf(policy.check(emoji)), "ok");
    EXPECT_EQ(countCodePoints(emoji), 12U);
}

TEST(PasswordPolicy, RefusesPasswordsOverTheMaximum)
{
    const PasswordPolicy policy;
    EXPECT_EQ(codeOf(policy.check(std::string(256, 'q'))), "ok");
    EXPECT_EQ(codeOf(policy.check(std::string(257, 'q'))), "password_too_long");
}

TEST(PasswordPolicy, RefusesCommonPasswordsIgnoringCase)
{
    const PasswordPolicy policy;
    for (const char* common :
         {"password1234", "PASSWORD1234", "PassWord1234", "QWERTY123456", "1qaz2wsx3edc"}) {
        EXPECT_EQ(codeOf(policy.check(common)), "password_too_common") << common;
    }
    EXPECT_EQ(codeOf(policy.check("password1234 but longer")), "ok");
}

TEST(PasswordPolicy, UsesTheListItIsGiven)
{
    const PasswordPolicy policy({12, 64}, "first-secret-one\r\nSecond-Secret-Two\n");
    EXPECT_EQ(policy.commonPasswordCount(), 2U);
    EXPECT_EQ(codeOf(policy.check("FIRST-SECRET-ONE")), "password_too_common");
    EXPECT_EQ(codeOf(policy.check("second-secret-two")), "password_too_common");
    EXPECT_EQ(codeOf(policy.check("password1234")), "ok");
}

TEST(PasswordPolicy, RefusesInvalidUtf8)
{
    const PasswordPolicy policy;
    for (const std::string& bad : {std::string("abcdefghijk\xff"), std::string("abcdefghijk\xc3"),
                                   std::string("abcdefghij\xc0\xaf"),            // overlong '/'
                                   std::string("abcdefghij\xed\xa0\x80"),        // surrogate
                                   std::string("abcdefghij\xf4\x90\x80\x80")}) { // > U+10FFFF
        EXPECT_EQ(codeOf(policy.check(bad)), "password_invalid_utf8");
    }
}

} // namespace
} // namespace fitflow::auth
