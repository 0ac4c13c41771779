#include "server/service/auth/Base64Url.h"
#include "server/service/auth/SigningKey.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <array>
#include <span>
#include <string>
#include <vector>

namespace fitflow::auth {
namespace {

std::vector<unsigned char> seedOf(unsigned char fill)
{
    return std::vector<unsigned char>(32, fill);
}

std::span<const unsigned char> bytesOf(std::string_view text)
{
    return {reinterpret_cast<const unsigned char*>(text.data()), text.size()};
}

TEST(SigningKey, KidIsTruncatedSha256OfThePublicKey)
{
    auto key = SigningKey::fromSeed(seedOf(7));
    ASSERT_TRUE(key.ok());
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), key->publicKey().data(), key->publicKey().size());
    EXPECT_EQ(key->kid(), encodeBase64Url(std::span(digest).first(12)));
    EXPECT_EQ(key->kid().size(), 16U);
    EXPECT_NE(key->kid(), SigningKey::fromSeed(seedOf(8))->kid());
    EXPECT_EQ(key->seed(), seedOf(7));
}

TEST(SigningKey, RefusesSeedsOfTheWrongSize)
{
    EXPECT_EQ(SigningKey::fromSeed(std::vector<unsigned char>(31, 1)).error().code, "invalid_key");
}

std::vector<unsigned char> fromHex(std::string_view hex)
{
    std::vector<unsigned char> bytes(hex.size() / 2);
    std::size_t length = 0;
    sodium_hex2bin(bytes.data(), bytes.size(), hex.data(), hex.size(), nullptr, &length, nullptr);
    bytes.resize(length);
    return bytes;
}

TEST(SigningKey, MatchesRfc8032Ed25519TestVectorOne)
{
    auto key = SigningKey::fromSeed(
        fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    ASSERT_TRUE(key.ok());
    EXPECT_EQ(std::vector<unsigned char>(key->publicKey().begin(), key->publicKey().end()),
              fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
    const auto signature = key->sign({});
    EXPECT_EQ(std::vector<unsigned char>(signature.begin(), signature.end()),
              fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590"
                      "a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
}

TEST(SigningKey, SignaturesVerifyOnlyForTheSignedMessageAndKey)
{
    const auto key = SigningKey::generate();
    const auto other = SigningKey::generate();
    const auto signature = key.sign(bytesOf("header.payload"));
    EXPECT_TRUE(key.verify(bytesOf("header.payload"), signature));
    EXPECT_FALSE(key.verify(bytesOf("header.payloae"), signature));
    EXPECT_FALSE(other.verify(bytesOf("header.payload"), signature));
    EXPECT_FALSE(key.verify(bytesOf("header.payload"), std::span(signature).first(63)));
}

TEST(SigningKey, MovingKeepsTheKey)
{
    auto key = SigningKey::fromSeed(seedOf(9));
    ASSERT_TRUE(key.ok());
    const std::string kid = key->kid();
    SigningKey moved = std::move(key).value();
    EXPECT_EQ(moved.kid(), kid);
    EXPECT_EQ(moved.seed(), seedOf(9));
}

} // namespace
} // namespace fitflow::auth
