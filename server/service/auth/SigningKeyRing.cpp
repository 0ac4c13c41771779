#include "server/service/auth/SigningKeyRing.h"

#include "server/service/auth/Base64Url.h"
#include "shared/codec/SafeJsonParser.h"

#include <sodium.h>

#include <set>
#include <utility>

namespace fitflow::auth {
namespace {

Error keyFileError(std::string message, std::string path = {})
{
    return makeError("invalid_key_file", std::move(message), std::move(path));
}

// Overwrites a secret held inside a parsed JSON document before the document is freed.
void wipeJsonString(nlohmann::json& value)
{
    if (value.is_string()) {
        auto& text = value.get_ref<std::string&>();
        sodium_memzero(text.data(), text.size());
    }
}

void wipeSeeds(nlohmann::json& document)
{
    if (!document.is_array()) {
        return;
    }
    for (auto& entry : document) {
        if (entry.is_object() && entry.contains("seed")) {
            wipeJsonString(entry["seed"]);
        }
    }
}

struct ParsedEntry {
    SigningKey key;
    bool active = false;
};

Result<ParsedEntry> parseEntry(const nlohmann::json& entry, const std::string& path)
{
    if (!entry.is_object()) {
        return keyFileError("each key is an object", path);
    }
    for (const auto& item : entry.items()) {
        if (item.key() != "kid" && item.key() != "seed" && item.key() != "active") {
            return keyFileError("unknown field", path + "." + item.key());
        }
    }
    if (!entry.contains("kid") || !entry["kid"].is_string()) {
        return keyFileError("kid must be a string", path + ".kid");
    }
    if (!entry.contains("seed") || !entry["seed"].is_string()) {
        return keyFileError("seed must be a string", path + ".seed");
    }
    if (!entry.contains("active") || !entry["active"].is_boolean()) {
        return keyFileError("active must be true or false", path + ".active");
    }
    auto seed = decodeBase64Url(entry["seed"].get_ref<const std::string&>());
    if (!seed) {
        return keyFileError("seed is not base64url", path + ".seed");
    }
    auto key = SigningKey::fromSeed(*seed);
    sodium_memzero(seed->data(), seed->size());
    if (!key) {
        return keyFileError("seed is not 32 bytes", path + ".seed");
    }
    if (key->kid() != entry["kid"].get_ref<const std::string&>()) {
        return keyFileError("kid does not match the key", path + ".kid");
    }
    return ParsedEntry{std::move(key).value(), entry["active"].get<bool>()};
}

Result<SigningKeyRing> ringFromDocument(const nlohmann::json& document)
{
    if (!document.is_array() || document.empty()) {
        return keyFileError("a key file is a non-empty JSON array");
    }
    std::vector<SigningKey> keys;
    std::string activeKid;
    for (std::size_t i = 0; i < document.size(); ++i) {
        const std::string path = "[" + std::to_string(i) + "]";
        auto entry = parseEntry(document[i], path);
        if (!entry) {
            return entry.error();
        }
        if (entry->active) {
            if (!activeKid.empty()) {
                return keyFileError("more than one key is active", path + ".active");
            }
            activeKid = entry->key.kid();
        }
        keys.push_back(std::move(entry->key));
    }
    if (activeKid.empty()) {
        return keyFileError("no key is active");
    }
    return SigningKeyRing::create(std::move(keys), activeKid);
}

} // namespace

SigningKeyRing::SigningKeyRing(std::vector<SigningKey> keys, std::size_t activeIndex)
    : m_keys(std::move(keys))
    , m_activeIndex(activeIndex)
{
}

Result<SigningKeyRing> SigningKeyRing::create(std::vector<SigningKey> keys,
                                              std::string_view activeKid)
{
    if (keys.empty()) {
        return keyFileError("a key ring needs at least one key");
    }
    std::set<std::string> kids;
    std::size_t activeIndex = keys.size();
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (!kids.insert(keys[i].kid()).second) {
            return keyFileError("duplicate kid", "[" + std::to_string(i) + "].kid");
        }
        if (keys[i].kid() == activeKid) {
            activeIndex = i;
        }
    }
    if (activeIndex == keys.size()) {
        return keyFileError("the active kid names no key");
    }
    return SigningKeyRing(std::move(keys), activeIndex);
}

Result<SigningKeyRing> SigningKeyRing::fromKeyFileJson(std::string_view text)
{
    auto document = parseJson(text);
    if (!document) {
        return document.error();
    }
    auto ring = ringFromDocument(*document);
    wipeSeeds(*document);
    return ring;
}

std::string SigningKeyRing::toKeyFileJson() const
{
    nlohmann::json document = nlohmann::json::array();
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        auto seed = m_keys[i].seed();
        document.push_back({{"kid", m_keys[i].kid()},
                            {"seed", encodeBase64Url(seed)},
                            {"active", i == m_activeIndex}});
        sodium_memzero(seed.data(), seed.size());
    }
    std::string text = document.dump(2);
    text.push_back('\n');
    wipeSeeds(document);
    return text;
}

const SigningKey* SigningKeyRing::findKey(std::string_view kid) const
{
    for (const auto& key : m_keys) {
        if (key.kid() == kid) {
            return &key;
        }
    }
    return nullptr;
}

nlohmann::json SigningKeyRing::jwks() const
{
    nlohmann::json keys = nlohmann::json::array();
    for (const auto& key : m_keys) {
        keys.push_back({{"kty", "OKP"},
                        {"crv", "Ed25519"},
                        {"x", encodeBase64Url(key.publicKey())},
                        {"kid", key.kid()},
                        {"use", "sig"},
                        {"alg", "EdDSA"}});
    }
    return nlohmann::json{{"keys", std::move(keys)}};
}

} // namespace fitflow::auth
