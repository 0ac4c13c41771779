#include "server/service/auth/Base64Url.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace fitflow::auth {
namespace {

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

} // namespace
} // namespace fitflow::auth
