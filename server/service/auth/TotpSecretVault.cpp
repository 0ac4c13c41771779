#include "server/service/auth/TotpSecretVault.h"

namespace fitflow::auth {

TotpSecretVault::TotpSecretVault(std::optional<TotpSecretCipher> cipher)
    : m_cipher(std::move(cipher))
{
}

std::vector<unsigned char> TotpSecretVault::forStorage(std::span<const unsigned char> secret,
                                                       std::string_view userId) const
{
    if (!m_cipher) {
        return {secret.begin(), secret.end()};
    }
    return m_cipher->seal(secret, userId);
}

Result<std::vector<unsigned char>>
TotpSecretVault::fromStorage(std::span<const unsigned char> stored, std::string_view userId) const
{
    if (!TotpSecretCipher::looksSealed(stored)) {
        return std::vector<unsigned char>(stored.begin(), stored.end());
    }
    if (!m_cipher) {
        return makeError("totp_secret_unreadable",
                         "the TOTP secret is encrypted but no MFA key is configured");
    }
    return m_cipher->open(stored, userId);
}

} // namespace fitflow::auth
