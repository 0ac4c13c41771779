#include "server/service/sync/ScopeHash.h"

#include <sodium.h>

#include <algorithm>
#include <array>

namespace fitflow::sync {

std::string scopeHash(const ScopeInputs& inputs)
{
    std::string text = "v1|" + inputs.userId + "|" + std::to_string(inputs.scopeGeneration);
    for (const auto& [entity, role] : inputs.readRoles) {
        text += "|" + std::string(entityName(entity)) + "=" +
                (role ? std::string(enumToName(kRoleNames, *role)) : std::string("-"));
    }
    auto locations = inputs.locationIds;
    std::sort(locations.begin(), locations.end());
    for (const auto& location : locations) {
        text += "|l=" + location;
    }
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(text.data()),
                       text.size());
    constexpr std::size_t kHashBytes = 16;
    std::array<char, kHashBytes * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), kHashBytes);
    return std::string(hex.data(), kHashBytes * 2);
}

} // namespace fitflow::sync
