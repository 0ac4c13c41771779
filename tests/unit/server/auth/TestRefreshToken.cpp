#include "server/service/auth/Base64Url.h"
#include "server/service/auth/RefreshToken.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <set>
#include <string>

namespace fitflow::auth {
namespace {

using std::chrono::seconds;
using std::chrono::sys_seconds;

const sys_seconds kNow{seconds(1'800'000'000)};

RefreshTokenRecord record(RefreshTokenState state, sys_seconds expiresAt)
{
    return RefreshTokenRecord{"family-1", state, expiresAt};
}

TEST(RefreshToken, IsA256BitBase64UrlStringStoredOnlyAsItsSha256)
{
    const auto issued = newRefreshToken();
    EXPECT_TRUE(looksLikeRefreshToken(issued.token));
    auto raw = decodeBase64Url(issued.token);
    ASSERT_TRUE(raw.ok());
    EXPECT_EQ(raw->size(), 32U);
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(issued.token.data()),
                       issued.token.size());
    std::array<char, 65> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    EXPECT_EQ(issued.tokenHash, std::string(hex.data()));
    EXPECT_EQ(hashRefreshToken(issued.token), issued.tokenHash);
    EXPECT_EQ(issued.tokenHash.find(issued.token), std::string::npos);
}

TEST(RefreshToken, EveryTokenIsNew)
{
    std::set<std::string> tokens;
    for (int i = 0; i < 200; ++i) {
        tokens.insert(newRefreshToken().token);
    }
    EXPECT_EQ(tokens.size(), 200U);
}

TEST(RefreshToken, ShapeCheckRefusesOtherText)
{
    const auto token = newRefreshToken().token;
    EXPECT_FALSE(looksLikeRefreshToken(token.substr(1)));
    EXPECT_FALSE(looksLikeRefreshToken(token + "A"));
    EXPECT_FALSE(looksLikeRefreshToken(std::string(42, 'A') + "="));
    EXPECT_FALSE(looksLikeRefreshToken(std::string(42, 'A') + "+"));
    EXPECT_FALSE(looksLikeRefreshToken(""));
}

TEST(RefreshToken, ActiveUnexpiredTokenRotates)
{
    EXPECT_EQ(decideRefresh(record(RefreshTokenState::Active, kNow + seconds(1)), kNow),
              RefreshDecision::Rotate);
}

TEST(RefreshToken, ActiveTokenAtOrPastExpiryIsExpired)
{
    EXPECT_EQ(decideRefresh(record(RefreshTokenState::Active, kNow), kNow),
              RefreshDecision::Expired);
    EXPECT_EQ(decideRefresh(record(RefreshTokenState::Active, kNow - seconds(1)), kNow),
              RefreshDecision::Expired);
}

TEST(RefreshToken, RotatedOrRevokedTokenIsReuseEvenAfterExpiry)
{
    for (const auto state : {RefreshTokenState::Rotated, RefreshTokenState::Revoked}) {
        EXPECT_EQ(decideRefresh(record(state, kNow + seconds(3600)), kNow),
                  RefreshDecision::ReuseDetected);
        EXPECT_EQ(decideRefresh(record(state, kNow - seconds(3600)), kNow),
                  RefreshDecision::ReuseDetected);
    }
}

TEST(RefreshToken, NoRecordIsUnknown)
{
    EXPECT_EQ(decideRefresh(std::nullopt, kNow), RefreshDecision::Unknown);
}

} // namespace
} // namespace fitflow::auth
