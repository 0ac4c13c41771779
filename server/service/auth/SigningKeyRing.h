#pragma once
// The server's JWT keys: exactly one active key signs new tokens; older keys stay only to verify
// tokens signed before a rotation. Verification pins EdDSA per key, whatever a token claims.
// Immutable after construction, so one ring can be shared by every request thread.

#include "server/service/auth/SigningKey.h"
#include "shared/core/Result.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace fitflow::auth {

class SigningKeyRing {
public:
    // Errors: `invalid_key_file` (no keys, duplicate kid, or activeKid names no key).
    static Result<SigningKeyRing> create(std::vector<SigningKey> keys, std::string_view activeKid);

    // Parses the key file format: a JSON array of {"kid","seed","active"} where seed is the
    // base64url Ed25519 seed, kid must equal the kid derived from it, and exactly one is active.
    // Errors: `invalid_key_file` (path names the offending entry), `invalid_json`.
    static Result<SigningKeyRing> fromKeyFileJson(std::string_view text);

    // The key file text for this ring (holds secret seeds: write it 0600 and wipe the string).
    std::string toKeyFileJson() const;

    const SigningKey& activeKey() const { return m_keys[m_activeIndex]; }
    // The key with this kid, or nullptr; the kid is compared as an opaque string.
    const SigningKey* findKey(std::string_view kid) const;
    const std::vector<SigningKey>& keys() const { return m_keys; }

    // The public keys as an RFC 7517 JWK set with RFC 8037 OKP/Ed25519 members, for
    // GET /.well-known/jwks.json.
    nlohmann::json jwks() const;

private:
    SigningKeyRing(std::vector<SigningKey> keys, std::size_t activeIndex);

    std::vector<SigningKey> m_keys;
    std::size_t m_activeIndex = 0;
};

} // namespace fitflow::auth
