#include "server/service/auth/RefreshToken.h"

#include "server/service/auth/Base64Url.h"
#include "server/service/auth/SodiumInit.h"

#include <sodium.h>

#include <algorithm>
#include <array>

namespace fitflow::auth {
namespace {

constexpr std::size_t kTokenBytes = 32;
constexpr std::size_t kTokenChars = 43; // ceil(256 / 6)

} // namespace

NewRefreshToken newRefreshToken()
{
    ensureSodiumInitialised();
    std::array<unsigned char, kTokenBytes> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    NewRefreshToken issued{encodeBase64Url(bytes), {}};
    sodium_memzero(bytes.data(), bytes.size());
    issued.tokenHash = hashRefreshToken(issued.token);
    return issued;
}

std::string hashRefreshToken(std::string_view token)
{
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(token.data()),
                       token.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data(), hex.size() - 1);
}

bool looksLikeRefreshToken(std::string_view token)
{
    return token.size() == kTokenChars && std::ranges::all_of(token, [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_';
           });
}

RefreshDecision decideRefresh(const std::optional<RefreshTokenRecord>& record,
                              std::chrono::sys_seconds now)
{
    if (!record) {
        return RefreshDecision::Unknown;
    }
    switch (record->state) {
    case RefreshTokenState::Rotated:
    case RefreshTokenState::Revoked:
        return RefreshDecision::ReuseDetected;
    case RefreshTokenState::Active:
        break;
    }
    return now >= record->expiresAt ? RefreshDecision::Expired : RefreshDecision::Rotate;
}

} // namespace fitflow::auth
