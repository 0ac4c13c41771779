#pragma once
// KeyFile: the JSON file beside the database (`<db>.key`) that holds the data key wrapped by a
// passphrase-derived key, plus the Argon2id settings and salt used to derive it. Parsing checks
// the shape and sane bounds only; authenticity is checked by the AEAD tag on unwrap, which also
// covers the header fields (see associatedData()).

#include "desktop/storage/LocalStore.h"
#include "shared/core/Result.h"

#include <QByteArray>
#include <QString>

namespace fitflow::desktop {

struct KeyFile {
    static constexpr int kFormatVersion = 1;
    static constexpr const char* kFormatName = "fitflow-store-key";
    static constexpr const char* kKdfAlgorithm = "argon2id13";
    static constexpr const char* kCipher = "xchacha20poly1305-ietf";

    int version = kFormatVersion;
    KdfSettings kdf;
    QByteArray salt;       // crypto_pwhash_SALTBYTES
    QByteArray nonce;      // crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
    QByteArray wrappedKey; // ciphertext of the 32-byte data key + 16-byte tag

    static QString pathFor(const QString& databasePath)
    {
        return databasePath + QStringLiteral(".key");
    }

    // Errors: "io_error" (cannot read), "key_file_corrupt" (not our format or out-of-range KDF).
    static fitflow::Result<KeyFile> read(const QString& path);
    static fitflow::Result<KeyFile> parse(const QByteArray& json);

    // Writes atomically (temporary file + rename) with owner-only permissions (0600).
    fitflow::Status write(const QString& path) const;
    QByteArray toJson() const;

    // Every field that is not the ciphertext itself, in a fixed order: bound into the AEAD tag,
    // so editing the KDF settings or salt makes unwrapping fail instead of silently weakening it.
    QByteArray associatedData() const;

    // Bounds on accepted KDF settings, so a hostile key file cannot make us allocate 100 GiB.
    static fitflow::Status validateKdf(const KdfSettings& kdf);
};

} // namespace fitflow::desktop
