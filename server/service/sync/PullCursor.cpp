#include "server/service/sync/PullCursor.h"

#include "server/service/auth/Base64Url.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <vector>

namespace fitflow::sync {

namespace {

constexpr std::size_t kMaxCursorLength = 2048;

Error invalidCursor()
{
    return makeError("invalid_cursor", "the cursor is not valid for this organization and user",
                     "cursor");
}

std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac(const CursorKey& key,
                                                            std::string_view payload)
{
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> out{};
    crypto_auth_hmacsha256(out.data(), reinterpret_cast<const unsigned char*>(payload.data()),
                           payload.size(), key.data());
    return out;
}

} // namespace

CursorSigner::CursorSigner(const CursorKey& key)
    : m_key(key)
{
    static_assert(kCursorKeyBytes == crypto_auth_hmacsha256_KEYBYTES);
}

std::string CursorSigner::encode(const PullCursor& cursor) const
{
    const nlohmann::json payload{
        {"o", cursor.orgId},           {"u", cursor.userId},      {"v", cursor.position.version},
        {"e", cursor.position.entity}, {"i", cursor.position.id}, {"s", cursor.scope},
        {"c", cursor.schema},          {"p", cursor.epoch},       {"n", cursor.snapshot},
    };
    const std::string text = payload.dump();
    return auth::encodeBase64Url(text) + "." + auth::encodeBase64Url(mac(m_key, text));
}

Result<PullCursor> CursorSigner::decode(std::string_view text) const
{
    const auto dot = text.find('.');
    if (text.size() > kMaxCursorLength || dot == std::string_view::npos) {
        return invalidCursor();
    }
    const auto payload = auth::decodeBase64Url(text.substr(0, dot));
    const auto signature = auth::decodeBase64Url(text.substr(dot + 1));
    if (!payload || !signature || signature->size() != crypto_auth_hmacsha256_BYTES) {
        return invalidCursor();
    }
    if (crypto_auth_hmacsha256_verify(signature->data(), payload->data(), payload->size(),
                                      m_key.data()) != 0) {
        return invalidCursor();
    }
    const auto json = nlohmann::json::parse(payload->begin(), payload->end(), nullptr, false);
    try {
        PullCursor cursor;
        cursor.orgId = json.at("o").get<std::string>();
        cursor.userId = json.at("u").get<std::string>();
        cursor.position.version = json.at("v").get<std::int64_t>();
        cursor.position.entity = json.at("e").get<std::string>();
        cursor.position.id = json.at("i").get<std::string>();
        cursor.scope = json.at("s").get<std::string>();
        cursor.schema = json.at("c").get<int>();
        cursor.epoch = json.at("p").get<std::string>();
        cursor.snapshot = json.at("n").get<bool>();
        return cursor;
    } catch (const nlohmann::json::exception&) {
        return invalidCursor(); // only a bug of ours could sign such a payload
    }
}

} // namespace fitflow::sync
