#include "server/service/auth/TotpSecretCipher.h"

#include "server/service/auth/SodiumInit.h"

#include <sodium.h>

#include <fstream>
#include <iterator>
#include <string>

namespace fitflow::auth {

namespace {

constexpr unsigned char kFormatVersion = 0x01;
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t kOverheadBytes = 1 + kNonceBytes + kTagBytes;
// TOTP secrets are 10 to 64 bytes (RFC 4226 demands at least 128 bits; we make 160).
constexpr std::size_t kMaxSecretBytes = 64;

const unsigned char* userIdBytes(std::string_view userId)
{
    return reinterpret_cast<const unsigned char*>(userId.data());
}

} // namespace

Result<TotpSecretCipher> TotpSecretCipher::fromKey(std::span<const unsigned char> key)
{
    if (key.size() != kKeyBytes) {
        return makeError("invalid_argument", "a TOTP secret key is exactly 32 bytes");
    }
    ensureSodiumInitialised();
    TotpSecretCipher cipher;
    std::copy(key.begin(), key.end(), cipher.m_key.begin());
    return cipher;
}

TotpSecretCipher::~TotpSecretCipher()
{
    sodium_memzero(m_key.data(), m_key.size());
}

std::vector<unsigned char> TotpSecretCipher::seal(std::span<const unsigned char> secret,
                                                  std::string_view userId) const
{
    std::vector<unsigned char> sealed(kOverheadBytes + secret.size());
    sealed[0] = kFormatVersion;
    unsigned char* nonce = sealed.data() + 1;
    randombytes_buf(nonce, kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonceBytes, &written, secret.data(),
                                               secret.size(), userIdBytes(userId), userId.size(),
                                               nullptr, nonce, m_key.data());
    sealed.resize(1 + kNonceBytes + static_cast<std::size_t>(written));
    return sealed;
}

Result<std::vector<unsigned char>> TotpSecretCipher::open(std::span<const unsigned char> sealed,
                                                          std::string_view userId) const
{
    if (!looksSealed(sealed)) {
        return makeError("totp_secret_unreadable", "the stored TOTP secret is not sealed");
    }
    const unsigned char* nonce = sealed.data() + 1;
    const unsigned char* ciphertext = nonce + kNonceBytes;
    const std::size_t ciphertextBytes = sealed.size() - 1 - kNonceBytes;
    std::vector<unsigned char> secret(ciphertextBytes - kTagBytes);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(secret.data(), &written, nullptr, ciphertext,
                                                   ciphertextBytes, userIdBytes(userId),
                                                   userId.size(), nonce, m_key.data()) != 0) {
        return makeError("totp_secret_unreadable",
                         "the stored TOTP secret does not open with this key for this user");
    }
    secret.resize(static_cast<std::size_t>(written));
    return secret;
}

bool TotpSecretCipher::looksSealed(std::span<const unsigned char> stored)
{
    return stored.size() > kOverheadBytes && stored.size() <= kOverheadBytes + kMaxSecretBytes &&
           stored[0] == kFormatVersion;
}

Result<TotpSecretCipher> loadTotpSecretCipher(const std::filesystem::path& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        return makeError("key_file_unreadable",
                         "cannot read the key file that FITFLOW_MFA_KEY_FILE names");
    }
    std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
        text.pop_back();
    }
    std::array<unsigned char, TotpSecretCipher::kKeyBytes> key{};
    std::size_t decoded = 0;
    const bool valid = text.size() == 2 * key.size() &&
                       sodium_hex2bin(key.data(), key.size(), text.data(), text.size(), nullptr,
                                      &decoded, nullptr) == 0 &&
                       decoded == key.size();
    sodium_memzero(text.data(), text.size());
    if (!valid) {
        return makeError(
            "invalid_key_file",
            "the FITFLOW_MFA_KEY_FILE file must hold 64 hexadecimal characters (32 bytes)");
    }
    auto cipher = TotpSecretCipher::fromKey(key);
    sodium_memzero(key.data(), key.size());
    return cipher;
}

} // namespace fitflow::auth
