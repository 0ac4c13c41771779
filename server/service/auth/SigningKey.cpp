#include "server/service/auth/SigningKey.h"

#include "server/service/auth/Base64Url.h"
#include "server/service/auth/SodiumInit.h"

#include <sodium.h>

#include <utility>

namespace fitflow::auth {

std::string kidForPublicKey(std::span<const unsigned char> publicKey)
{
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), publicKey.data(), publicKey.size());
    return encodeBase64Url(std::span(digest).first(12));
}

Result<SigningKey> SigningKey::fromSeed(std::span<const unsigned char> seed)
{
    if (seed.size() != kSeedBytes) {
        return makeError("invalid_key", "an Ed25519 seed is 32 bytes");
    }
    ensureSodiumInitialised();
    SigningKey key;
    crypto_sign_seed_keypair(key.m_publicKey.data(), key.m_secretKey.data(), seed.data());
    key.m_kid = kidForPublicKey(key.m_publicKey);
    return key;
}

SigningKey SigningKey::generate()
{
    ensureSodiumInitialised();
    SigningKey key;
    crypto_sign_keypair(key.m_publicKey.data(), key.m_secretKey.data());
    key.m_kid = kidForPublicKey(key.m_publicKey);
    return key;
}

SigningKey::SigningKey(SigningKey&& other) noexcept
    : m_secretKey(other.m_secretKey)
    , m_publicKey(other.m_publicKey)
    , m_kid(std::move(other.m_kid))
{
    other.wipe();
}

SigningKey& SigningKey::operator=(SigningKey&& other) noexcept
{
    if (this != &other) {
        m_secretKey = other.m_secretKey;
        m_publicKey = other.m_publicKey;
        m_kid = std::move(other.m_kid);
        other.wipe();
    }
    return *this;
}

SigningKey::~SigningKey()
{
    wipe();
}

void SigningKey::wipe()
{
    sodium_memzero(m_secretKey.data(), m_secretKey.size());
}

std::vector<unsigned char> SigningKey::seed() const
{
    std::vector<unsigned char> seed(kSeedBytes);
    crypto_sign_ed25519_sk_to_seed(seed.data(), m_secretKey.data());
    return seed;
}

std::array<unsigned char, SigningKey::kSignatureBytes>
SigningKey::sign(std::span<const unsigned char> message) const
{
    std::array<unsigned char, kSignatureBytes> signature{};
    crypto_sign_detached(signature.data(), nullptr, message.data(), message.size(),
                         m_secretKey.data());
    return signature;
}

bool SigningKey::verify(std::span<const unsigned char> message,
                        std::span<const unsigned char> signature) const
{
    return signature.size() == kSignatureBytes &&
           crypto_sign_verify_detached(signature.data(), message.data(), message.size(),
                                       m_publicKey.data()) == 0;
}

} // namespace fitflow::auth
