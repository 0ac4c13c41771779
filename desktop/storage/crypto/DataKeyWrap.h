#pragma once
// Wrapping and unwrapping of the store's data key: Argon2id (libsodium crypto_pwhash, alg
// argon2id13) turns the passphrase into a key-encryption key, which seals the data key with
// XChaCha20-Poly1305 under a fresh random nonce. Intermediate keys live only in SecretBytes.

#include "desktop/storage/LocalStore.h"
#include "desktop/storage/crypto/KeyFile.h"
#include "desktop/storage/crypto/SecretBytes.h"
#include "shared/core/Result.h"

#include <QByteArray>

namespace fitflow::desktop {

class DataKeyWrap {
public:
    static constexpr std::size_t kDataKeyBytes = 32;

    // A new random data key, or "crypto_error" when secure memory is unavailable.
    static fitflow::Result<SecretBytes> generateDataKey();

    // Seals `dataKey` under `passphrase` with a new salt and nonce. Errors: "invalid_passphrase"
    // (empty), "invalid_kdf_settings", "crypto_error" (out of memory for Argon2id).
    static fitflow::Result<KeyFile> wrap(const SecretBytes& dataKey, const QByteArray& passphrase,
                                         KdfSettings kdf);

    // Recovers the data key. "wrong_passphrase" when the tag does not verify: the passphrase is
    // wrong or the key file was altered (the two cannot be told apart, by design).
    static fitflow::Result<SecretBytes> unwrap(const KeyFile& keyFile,
                                               const QByteArray& passphrase);

private:
    static fitflow::Result<SecretBytes> deriveKek(const QByteArray& passphrase,
                                                  const QByteArray& salt, KdfSettings kdf);
};

} // namespace fitflow::desktop
