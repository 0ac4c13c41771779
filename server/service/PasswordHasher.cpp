#include "server/service/PasswordHasher.h"

#include <sodium.h>

#include <array>
#include <cstring>

namespace fitflow::service {

PasswordHashLimits PasswordHashLimits::cheapestForTests()
{
    return PasswordHashLimits{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(PasswordHashLimits limits)
    : m_limits(limits)
{
    // Idempotent and thread-safe; returns 1 when already initialised, -1 only on a broken RNG.
    [[maybe_unused]] const int initialised = sodium_init();
}

Result<std::string> PasswordHasher::hash(std::string_view password) const
{
    if (password.empty()) {
        return makeError("invalid_argument", "a password must not be empty");
    }
    std::array<char, crypto_pwhash_STRBYTES> encoded{};
    if (crypto_pwhash_str_alg(encoded.data(), password.data(), password.size(), m_limits.opsLimit,
                              m_limits.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return makeError("out_of_memory", "Argon2id could not allocate its memory");
    }
    return std::string(encoded.data());
}

bool PasswordHasher::verify(std::string_view encodedHash, std::string_view password) const
{
    std::array<char, crypto_pwhash_STRBYTES> terminated{};
    if (encodedHash.empty() || encodedHash.size() >= terminated.size()) {
        return false;
    }
    std::memcpy(terminated.data(), encodedHash.data(), encodedHash.size());
    return crypto_pwhash_str_verify(terminated.data(), password.data(), password.size()) == 0;
}

} // namespace fitflow::service
