#pragma once
// Password hashing with Argon2id through libsodium's crypto_pwhash_str. The encoded hash carries
// its own salt and cost parameters, so the limits can be raised later without breaking old hashes.

#include "shared/core/Result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace fitflow::service {

struct PasswordHashLimits {
    // OWASP's Argon2id floor is m=19 MiB, t=2; we use t=3, m=64 MiB (libsodium "moderate"-ish).
    unsigned long long opsLimit = 3;
    std::size_t memLimitBytes = std::size_t{64} * 1024 * 1024;

    // libsodium's minimum cost: only for tests that hash many throwaway passwords.
    static PasswordHashLimits cheapestForTests();
};

// Stateless apart from its limits; safe to use from several threads.
class PasswordHasher {
public:
    explicit PasswordHasher(PasswordHashLimits limits = {});

    // An encoded "$argon2id$..." string. Errors: `invalid_argument` (empty password),
    // `out_of_memory` (libsodium could not allocate memLimitBytes).
    Result<std::string> hash(std::string_view password) const;

    // True when `password` matches `encodedHash`; false for a wrong password or a malformed hash.
    bool verify(std::string_view encodedHash, std::string_view password) const;

private:
    PasswordHashLimits m_limits;
};

} // namespace fitflow::service
