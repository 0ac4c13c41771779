#include "desktop/storage/crypto/DataKeyWrap.h"

#include <sodium.h>

namespace fitflow::desktop {

namespace {

fitflow::Error outOfSecureMemory()
{
    return makeError("crypto_error", "cannot allocate secure memory for key material");
}

QByteArray randomBytes(std::size_t size)
{
    QByteArray bytes(static_cast<qsizetype>(size), '\0');
    randombytes_buf(bytes.data(), size);
    return bytes;
}

} // namespace

fitflow::Result<SecretBytes> DataKeyWrap::generateDataKey()
{
    SecretBytes key = SecretBytes::random(kDataKeyBytes);
    if (!key.isValid()) {
        return outOfSecureMemory();
    }
    return key;
}

fitflow::Result<SecretBytes> DataKeyWrap::deriveKek(const QByteArray& passphrase,
                                                    const QByteArray& salt, KdfSettings kdf)
{
    SecretBytes kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!kek.isValid()) {
        return outOfSecureMemory();
    }
    const int rc = crypto_pwhash(kek.data(), kek.size(), passphrase.constData(),
                                 static_cast<unsigned long long>(passphrase.size()),
                                 reinterpret_cast<const unsigned char*>(salt.constData()),
                                 kdf.opsLimit, kdf.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        return makeError("crypto_error", "Argon2id failed (not enough memory?)");
    }
    return kek;
}

fitflow::Result<KeyFile> DataKeyWrap::wrap(const SecretBytes& dataKey, const QByteArray& passphrase,
                                           KdfSettings kdf)
{
    if (sodium_init() < 0) {
        return makeError("crypto_error", "libsodium failed to initialise");
    }
    if (passphrase.isEmpty()) {
        return makeError("invalid_passphrase", "the passphrase is empty");
    }
    if (auto valid = KeyFile::validateKdf(kdf); !valid) {
        return valid.error();
    }

    KeyFile keyFile;
    keyFile.kdf = kdf;
    keyFile.salt = randomBytes(crypto_pwhash_SALTBYTES);
    keyFile.nonce = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);

    auto kek = deriveKek(passphrase, keyFile.salt, kdf);
    if (!kek) {
        return kek.error();
    }
    const QByteArray associated = keyFile.associatedData();
    keyFile.wrappedKey.resize(static_cast<qsizetype>(dataKey.size()) +
                              static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(keyFile.wrappedKey.data()), &written, dataKey.data(),
        dataKey.size(), reinterpret_cast<const unsigned char*>(associated.constData()),
        static_cast<unsigned long long>(associated.size()), nullptr,
        reinterpret_cast<const unsigned char*>(keyFile.nonce.constData()), kek->data());
    keyFile.wrappedKey.resize(static_cast<qsizetype>(written));
    return keyFile;
}

fitflow::Result<SecretBytes> DataKeyWrap::unwrap(const KeyFile& keyFile,
                                                 const QByteArray& passphrase)
{
    if (sodium_init() < 0) {
        return makeError("crypto_error", "libsodium failed to initialise");
    }
    if (auto valid = KeyFile::validateKdf(keyFile.kdf); !valid) {
        return makeError("key_file_corrupt", valid.error().message, valid.error().path);
    }
    if (keyFile.wrappedKey.size() !=
        static_cast<qsizetype>(kDataKeyBytes) +
            static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES)) {
        return makeError("key_file_corrupt", "wrapped key has the wrong length", "wrapped_key");
    }
    if (keyFile.salt.size() != static_cast<qsizetype>(crypto_pwhash_SALTBYTES) ||
        keyFile.nonce.size() !=
            static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)) {
        return makeError("key_file_corrupt", "salt or nonce has the wrong length");
    }

    auto kek = deriveKek(passphrase, keyFile.salt, keyFile.kdf);
    if (!kek) {
        return kek.error();
    }
    SecretBytes dataKey(kDataKeyBytes);
    if (!dataKey.isValid()) {
        return outOfSecureMemory();
    }
    const QByteArray associated = keyFile.associatedData();
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        dataKey.data(), &written, nullptr,
        reinterpret_cast<const unsigned char*>(keyFile.wrappedKey.constData()),
        static_cast<unsigned long long>(keyFile.wrappedKey.size()),
        reinterpret_cast<const unsigned char*>(associated.constData()),
        static_cast<unsigned long long>(associated.size()),
        reinterpret_cast<const unsigned char*>(keyFile.nonce.constData()), kek->data());
    if (rc != 0 || written != kDataKeyBytes) {
        return makeError("wrong_passphrase",
                         "the passphrase is wrong or the key file has been altered");
    }
    return dataKey;
}

} // namespace fitflow::desktop
