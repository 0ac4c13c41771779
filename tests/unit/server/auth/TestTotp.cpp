#include "server/service/auth/Base32.h"
#include "server/service/auth/Totp.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace fitflow::auth {
namespace {

using std::chrono::seconds;
using std::chrono::sys_seconds;

// RFC 6238 Appendix B: the SHA-1 seed is the ASCII digits "1234567890" repeated to 20 bytes.
const std::vector<unsigned char> kRfcSecret = [] {
    const std::string seed = "12345678901234567890";
    return std::vector<unsigned char>(seed.begin(), seed.end());
}();

sys_seconds at(long long unixSeconds)
{
    return sys_seconds(seconds(unixSeconds));
}

struct Vector {
    long long time;
    const char* code;
};

constexpr Vector kRfc6238Sha1[] = {{59, "94287082"},         {1111111109, "07081804"},
                                   {1111111111, "14050471"}, {1234567890, "89005924"},
                                   {2000000000, "69279037"}, {20000000000, "65353130"}};

TEST(Totp, MatchesRfc6238AppendixBEightDigitVectors)
{
    const TotpParameters eightDigits{8, seconds(30), 1};
    for (const auto& vector : kRfc6238Sha1) {
        EXPECT_EQ(totpCode(kRfcSecret, at(vector.time), eightDigits), vector.code) << vector.time;
    }
}

TEST(Totp, SixDigitCodesAreTheLastSixDigitsOfTheVectors)
{
    for (const auto& vector : kRfc6238Sha1) {
        EXPECT_EQ(totpCode(kRfcSecret, at(vector.time)), std::string(vector.code).substr(2))
            << vector.time;
    }
}

TEST(Totp, MatchesRfc4226HotpVectors)
{
    const char* expected[] = {"755224", "287082", "359152", "969429", "338314",
                              "254676", "287922", "162583", "399871", "520489"};
    for (std::uint64_t counter = 0; counter < 10; ++counter) {
        EXPECT_EQ(hotpCode(kRfcSecret, counter, 6), expected[counter]) << counter;
    }
}

TEST(Totp, AcceptsOneStepEitherSideAndReturnsTheMatchedStep)
{
    const auto now = at(1234567890);
    const std::int64_t step = totpStep(now);
    EXPECT_EQ(step, 1234567890 / 30);
    for (const std::int64_t offset : {-1, 0, 1}) {
        const auto code = hotpCode(kRfcSecret, static_cast<std::uint64_t>(step + offset), 6);
        auto verified = verifyTotp(kRfcSecret, code, now, std::nullopt);
        ASSERT_TRUE(verified.ok()) << offset;
        EXPECT_EQ(*verified, step + offset);
    }
}

TEST(Totp, RefusesCodesTwoStepsAway)
{
    const auto now = at(1234567890);
    const std::int64_t step = totpStep(now);
    for (const std::int64_t offset : {-2, 2}) {
        const auto code = hotpCode(kRfcSecret, static_cast<std::uint64_t>(step + offset), 6);
        auto verified = verifyTotp(kRfcSecret, code, now, std::nullopt);
        ASSERT_FALSE(verified.ok()) << offset;
        EXPECT_EQ(verified.error().code, "totp_code_invalid");
    }
}

TEST(Totp, ACodeWorksOnce)
{
    const auto now = at(1111111111);
    const auto code = totpCode(kRfcSecret, now);
    auto first = verifyTotp(kRfcSecret, code, now, std::nullopt);
    ASSERT_TRUE(first.ok());
    auto replay = verifyTotp(kRfcSecret, code, now + seconds(5), *first);
    ASSERT_FALSE(replay.ok());
    EXPECT_EQ(replay.error().code, "totp_code_reused");
    // An older code inside the window is refused too once a later step was accepted.
    const auto older = hotpCode(kRfcSecret, static_cast<std::uint64_t>(*first - 1), 6);
    EXPECT_EQ(verifyTotp(kRfcSecret, older, now, *first).error().code, "totp_code_reused");
    // The next step's code still works.
    const auto next = totpCode(kRfcSecret, now + seconds(30));
    auto later = verifyTotp(kRfcSecret, next, now + seconds(30), *first);
    ASSERT_TRUE(later.ok());
    EXPECT_EQ(*later, *first + 1);
}

TEST(Totp, RefusesMalformedCodesAndWrongSecrets)
{
    const auto now = at(59);
    const auto code = totpCode(kRfcSecret, now);
    for (const std::string& bad : {std::string(), code.substr(0, 5), code + "0",
                                   std::string("12a456"), std::string(" ") + code.substr(1)}) {
        EXPECT_EQ(verifyTotp(kRfcSecret, bad, now, std::nullopt).error().code, "totp_code_invalid")
            << bad;
    }
    const std::vector<unsigned char> otherSecret(20, 0x42);
    EXPECT_FALSE(verifyTotp(otherSecret, code, now, std::nullopt).ok());
}

TEST(Totp, NewSecretsAre160RandomBits)
{
    const auto a = newTotpSecret();
    const auto b = newTotpSecret();
    EXPECT_EQ(a.size(), 20U);
    EXPECT_NE(a, b);
}

TEST(Totp, ProvisioningUriCarriesIssuerAccountAndBase32Secret)
{
    const auto uri = totpProvisioningUri("FitFlow", "ana@example.com", kRfcSecret);
    EXPECT_EQ(uri, "otpauth://totp/FitFlow:ana%40example.com?secret="
                   "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=FitFlow&algorithm=SHA1&digits=6"
                   "&period=30");
    EXPECT_EQ(*decodeBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), kRfcSecret);
    const auto spaced = totpProvisioningUri("Fit Flow&Co", "a:b", kRfcSecret);
    EXPECT_NE(spaced.find("otpauth://totp/Fit%20Flow%26Co:a%3Ab?"), std::string::npos);
    EXPECT_NE(spaced.find("&issuer=Fit%20Flow%26Co&"), std::string::npos);
}

} // namespace
} // namespace fitflow::auth
