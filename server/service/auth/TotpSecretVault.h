#pragma once
// The form TOTP secrets take at rest: sealed by TotpSecretCipher when a key is configured
// (FITFLOW_MFA_KEY_FILE), plain otherwise (a development server without the key). Reading
// accepts both, so configuring a key later keeps earlier enrolments working until they are next
// written. Immutable, so thread-safe.

#include "server/service/auth/TotpSecretCipher.h"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace fitflow::auth {

class TotpSecretVault {
public:
    explicit TotpSecretVault(std::optional<TotpSecretCipher> cipher = std::nullopt);

    bool encrypts() const { return m_cipher.has_value(); }

    std::vector<unsigned char> forStorage(std::span<const unsigned char> secret,
                                          std::string_view userId) const;
    // Errors: `totp_secret_unreadable` (sealed, but no key or another key is configured, or the
    // row was altered or copied from another user).
    Result<std::vector<unsigned char>> fromStorage(std::span<const unsigned char> stored,
                                                   std::string_view userId) const;

private:
    std::optional<TotpSecretCipher> m_cipher;
};

} // namespace fitflow::auth
