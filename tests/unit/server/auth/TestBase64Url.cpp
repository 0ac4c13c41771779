#include "server/service/auth/Base32.h"
#include "server/service/auth/Base64Url.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace fitflow::auth {
namespace {

std::vector<unsigned char> bytesOf(std::string_view text)
{
    return {text.begin(), text.end()};
}

TEST(Base64Url, EncodesRfc4648VectorsWithoutPadding)
{
    EXPECT_EQ(encodeBase64Url(std::string_view("f")), "Zg");
    EXPECT_EQ(encodeBase64Url(std::string_view("fo")), "Zm8");
    EXPECT_EQ(encodeBase64Url(std::string_view("foo")), "Zm9v");
    EXPECT_EQ(encodeBase64Url(std::string_view("foob")), "Zm9vYg");
    const std::vector<unsigned char> urlUnsafe{0xFB, 0xFF, 0xBF};
    EXPECT_EQ(encodeBase64Url(urlUnsafe), "-_-_");
}

TEST(Base64Url, RoundTripsEveryLength)
{
    std::vector<unsigned char> bytes;
    for (int length = 0; length < 70; ++length) {
        auto decoded = decodeBase64Url(encodeBase64Url(bytes));
        ASSERT_TRUE(decoded.ok()) << length;
        EXPECT_EQ(*decoded, bytes);
        bytes.push_back(static_cast<unsigned char>(length * 37 + 11));
    }
}

TEST(Base64Url, RefusesPaddingStandardAlphabetAndNonCanonicalText)
{
    EXPECT_FALSE(decodeBase64Url("Zg==").ok());
    EXPECT_FALSE(decodeBase64Url("+/+/").ok());
    EXPECT_FALSE(decodeBase64Url("Zm9v Yg").ok());
    EXPECT_FALSE(decodeBase64Url("Zh").ok()); // leftover bits set: a second spelling of "f"
    EXPECT_FALSE(decodeBase64Url("Z").ok());
    EXPECT_EQ(decodeBase64Url("Zg=").error().code, "invalid_base64url");
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
