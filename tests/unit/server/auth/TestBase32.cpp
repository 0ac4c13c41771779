#include "server/service/auth/Base32.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace fitflow::auth {
namespace {

std::vector<unsigned char> bytesOf(std::string_view text)
{
    return {text.begin(), text.end()};
}

TEST(Base32, EncodesRfc4648Vectors)
{
    EXPECT_EQ(encodeBase32(bytesOf("")), "");
    EXPECT_EQ(encodeBase32(bytesOf("f")), "MY");
    EXPECT_EQ(encodeBase32(bytesOf("fo")), "MZXQ");
    EXPECT_EQ(encodeBase32(bytesOf("foo")), "MZXW6");
    EXPECT_EQ(encodeBase32(bytesOf("foob")), "MZXW6YQ");
    EXPECT_EQ(encodeBase32(bytesOf("fooba")), "MZXW6YTB");
    EXPECT_EQ(encodeBase32(bytesOf("foobar")), "MZXW6YTBOI");
}

TEST(Base32, DecodesPaddedLowerCaseAndGroupedText)
{
    EXPECT_EQ(*decodeBase32("MZXW6YTBOI======"), bytesOf("foobar"));
    EXPECT_EQ(*decodeBase32("mzxw 6ytb oi"), bytesOf("foobar"));
    EXPECT_EQ(*decodeBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), bytesOf("12345678901234567890"));
}

TEST(Base32, RefusesForeignCharactersAndImpossibleLengths)
{
    EXPECT_EQ(decodeBase32("MZXW1").error().code, "invalid_base32"); // '1' is not base32
    EXPECT_FALSE(decodeBase32("M").ok());
    EXPECT_FALSE(decodeBase32("MZX").ok());
    EXPECT_FALSE(decodeBase32("MY=Y").ok()); // data after padding
}

} // namespace
} // namespace fitflow::auth
