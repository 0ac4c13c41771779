#include "server/service/auth/Base64Url.h"
#include "server/service/auth/SigningKeyRing.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace fitflow::auth {
namespace {

using nlohmann::json;

std::vector<unsigned char> seedOf(unsigned char fill)
{
    return std::vector<unsigned char>(32, fill);
}

std::string kidOfSeed(unsigned char fill)
{
    return SigningKey::fromSeed(seedOf(fill))->kid();
}

json entry(unsigned char fill, bool active)
{
    return json{
        {"kid", kidOfSeed(fill)}, {"seed", encodeBase64Url(seedOf(fill))}, {"active", active}};
}

TEST(SigningKeyRing, LoadsAKeyFileAndPicksTheActiveKey)
{
    const json file = json::array({entry(1, false), entry(2, true), entry(3, false)});
    auto ring = SigningKeyRing::fromKeyFileJson(file.dump());
    ASSERT_TRUE(ring.ok()) << ring.error().message;
    EXPECT_EQ(ring->activeKey().kid(), kidOfSeed(2));
    EXPECT_EQ(ring->keys().size(), 3U);
    ASSERT_NE(ring->findKey(kidOfSeed(3)), nullptr);
    EXPECT_EQ(ring->findKey(kidOfSeed(3))->kid(), kidOfSeed(3));
    EXPECT_EQ(ring->findKey("nope"), nullptr);
}

TEST(SigningKeyRing, KeyFileRoundTrips)
{
    const json file = json::array({entry(4, true), entry(5, false)});
    auto ring = SigningKeyRing::fromKeyFileJson(file.dump());
    ASSERT_TRUE(ring.ok());
    EXPECT_EQ(json::parse(ring->toKeyFileJson()), file);
}

TEST(SigningKeyRing, RefusesBadKeyFilesNamingTheEntry)
{
    struct Case {
        json file;
        std::string path;
    };
    json wrongKid = entry(1, true);
    wrongKid["kid"] = kidOfSeed(2);
    json shortSeed = entry(1, true);
    shortSeed["seed"] = encodeBase64Url(std::vector<unsigned char>(16, 1));
    json extra = entry(1, true);
    extra["use"] = "sig";
    const std::vector<Case> cases{
        {json::array(), ""},
        {json::object(), ""},
        {json::array({entry(1, false)}), ""},                          // none active
        {json::array({entry(1, true), entry(2, true)}), "[1].active"}, // two active
        {json::array({entry(1, true), entry(1, false)}), "[1].kid"},   // duplicate
        {json::array({wrongKid}), "[0].kid"},
        {json::array({shortSeed}), "[0].seed"},
        {json::array({extra}), "[0].use"},
    };
    for (const auto& c : cases) {
        auto ring = SigningKeyRing::fromKeyFileJson(c.file.dump());
        ASSERT_FALSE(ring.ok()) << c.file.dump();
        EXPECT_EQ(ring.error().code, "invalid_key_file") << c.file.dump();
        EXPECT_EQ(ring.error().path, c.path) << c.file.dump();
    }
    EXPECT_EQ(SigningKeyRing::fromKeyFileJson("[").error().code, "invalid_json");
}

TEST(SigningKeyRing, JwksPublishesOnlyPublicKeysInRfc8037Form)
{
    const json file = json::array({entry(1, true), entry(2, false)});
    auto ring = SigningKeyRing::fromKeyFileJson(file.dump());
    ASSERT_TRUE(ring.ok());
    const json jwks = ring->jwks();
    ASSERT_EQ(jwks["keys"].size(), 2U);
    for (std::size_t i = 0; i < 2; ++i) {
        const json& jwk = jwks["keys"][i];
        const auto& key = ring->keys()[i];
        EXPECT_EQ(jwk, (json{{"kty", "OKP"},
                             {"crv", "Ed25519"},
                             {"x", encodeBase64Url(key.publicKey())},
                             {"kid", key.kid()},
                             {"use", "sig"},
                             {"alg", "EdDSA"}}));
        EXPECT_EQ(jwk["x"].get<std::string>().size(), 43U);
    }
    EXPECT_EQ(jwks.dump().find(file[0]["seed"].get<std::string>()), std::string::npos);
}

} // namespace
} // namespace fitflow::auth
