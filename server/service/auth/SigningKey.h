#pragma once
// One Ed25519 key pair with its key id. The secret half (libsodium's 64-byte form, which holds the
// seed) is wiped with sodium_memzero when the key dies; it cannot be copied, only moved.

#include "shared/core/Result.h"

#include <array>
#include <span>
#include <string>
#include <vector>

namespace fitflow::auth {

class SigningKey {
public:
    static constexpr std::size_t kSeedBytes = 32;
    static constexpr std::size_t kPublicKeyBytes = 32;
    static constexpr std::size_t kSignatureBytes = 64;

    // Errors: `invalid_key` (the seed is not 32 bytes).
    static Result<SigningKey> fromSeed(std::span<const unsigned char> seed);
    static SigningKey generate();

    SigningKey(SigningKey&& other) noexcept;
    SigningKey& operator=(SigningKey&& other) noexcept;
    SigningKey(const SigningKey&) = delete;
    SigningKey& operator=(const SigningKey&) = delete;
    ~SigningKey();

    // base64url of the first 12 bytes of SHA-256(public key): stable, derived, never chosen.
    const std::string& kid() const { return m_kid; }
    const std::array<unsigned char, kPublicKeyBytes>& publicKey() const { return m_publicKey; }
    // The 32-byte seed, for writing a key file; the caller must wipe its copy.
    std::vector<unsigned char> seed() const;

    std::array<unsigned char, kSignatureBytes> sign(std::span<const unsigned char> message) const;
    bool verify(std::span<const unsigned char> message,
                std::span<const unsigned char> signature) const;

private:
    SigningKey() = default;
    void wipe();

    std::array<unsigned char, 64> m_secretKey{};
    std::array<unsigned char, kPublicKeyBytes> m_publicKey{};
    std::string m_kid;
};

// Key id of an Ed25519 public key, as SigningKey::kid() computes it.
std::string kidForPublicKey(std::span<const unsigned char> publicKey);

} // namespace fitflow::auth
