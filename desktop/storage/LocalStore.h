#pragma once
// LocalStore: the trainer's encrypted on-disk store. A random 256-bit data key is the raw
// SQLCipher key; it is kept in a key file beside the database, wrapped by a key derived from the
// passphrase with Argon2id. Opening with a wrong passphrase fails before the database is touched.
// One LocalStore owns one QSqlDatabase connection; use it from the thread that opened it.

#include "shared/core/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace fitflow::desktop {

// Argon2id cost recorded in the key file, so stronger settings can be adopted later without
// breaking existing stores. Defaults follow RFC 9106's second recommendation (64 MiB, t=3).
struct KdfSettings {
    quint64 opsLimit = 3;
    quint64 memLimitBytes = 64ull * 1024 * 1024;

    static KdfSettings defaults() { return {}; }
    // Cheap settings for tests only (still Argon2id).
    static KdfSettings fastForTests() { return {1, 8ull * 1024 * 1024}; }
};

struct IntegrityReport {
    bool ok = false;
    QStringList problems; // SQLite integrity_check / foreign_key_check lines, empty when ok
    int schemaVersion = 0;
};

class LocalStore {
public:
    ~LocalStore();
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    // Paths: `databasePath` is the SQLCipher file; the key file is databasePath + ".key".
    static bool exists(const QString& databasePath);

    // Creates a new store; fails with "store_exists" if either file is already there.
    static fitflow::Result<std::unique_ptr<LocalStore>>
    create(const QString& databasePath, const QByteArray& passphrase,
           KdfSettings kdf = KdfSettings::defaults());

    // Opens an existing store and applies pending local migrations. Errors (codes):
    // "store_missing", "wrong_passphrase", "key_file_corrupt", "store_corrupt", "io_error".
    static fitflow::Result<std::unique_ptr<LocalStore>> open(const QString& databasePath,
                                                             const QByteArray& passphrase);

    // Rewraps the data key under a new passphrase; the database itself is not re-encrypted.
    fitflow::Status changePassphrase(const QByteArray& oldPassphrase,
                                     const QByteArray& newPassphrase,
                                     KdfSettings kdf = KdfSettings::defaults());

    // Runs SQLite's integrity and foreign-key checks through the encryption layer.
    fitflow::Result<IntegrityReport> check();

    QSqlDatabase database() const;
    QString databasePath() const;
    int schemaVersion() const;

private:
    struct Impl;
    explicit LocalStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace fitflow::desktop
