#pragma once
// Encrypts TOTP secrets for storage (ASVS 2.8.2) with XChaCha20-Poly1305 under a server key kept
// outside the database, so a database dump or backup alone does not yield working second
// factors. The user id is the associated data: a sealed secret copied into another user's row
// does not open. Sealed format: 0x01 (version) || 24-byte random nonce || ciphertext || 16-byte
// tag. Immutable after construction, so thread-safe; the key is wiped on destruction.

#include "shared/core/Result.h"

#include <array>
#include <filesystem>
#include <span>
#include <string_view>
#include <vector>

namespace fitflow::auth {

inline constexpr const char* kMfaKeyFileEnvironmentVariable = "FITFLOW_MFA_KEY_FILE";

class TotpSecretCipher {
public:
    static constexpr std::size_t kKeyBytes = 32;

    // Errors: `invalid_argument` when `key` is not kKeyBytes long.
    static Result<TotpSecretCipher> fromKey(std::span<const unsigned char> key);

    TotpSecretCipher(const TotpSecretCipher& other) = default;
    TotpSecretCipher& operator=(const TotpSecretCipher& other) = default;
    ~TotpSecretCipher();

    std::vector<unsigned char> seal(std::span<const unsigned char> secret,
                                    std::string_view userId) const;
    // Errors: `totp_secret_unreadable` (not sealed by this format, another key, altered, or
    // sealed for another user).
    Result<std::vector<unsigned char>> open(std::span<const unsigned char> sealed,
                                            std::string_view userId) const;

    // True when `stored` has the sealed format's version byte and length (a plain 20-byte
    // secret from before encryption was configured never does).
    static bool looksSealed(std::span<const unsigned char> stored);

private:
    TotpSecretCipher() = default;
    std::array<unsigned char, kKeyBytes> m_key{};
};

// Reads a key file: 64 hexadecimal characters (e.g. `openssl rand -hex 32`), optionally followed
// by a newline. Errors: `key_file_unreadable`, `invalid_key_file`.
Result<TotpSecretCipher> loadTotpSecretCipher(const std::filesystem::path& path);

} // namespace fitflow::auth
