#pragma once
// StoreConnection: opens one named QSqlDatabase connection on an encrypted store file with the
// FITFLOW_SQLCIPHER driver, proves the key by reading sqlite_master, then applies the settings
// every open needs (WAL, synchronous=FULL, secure_delete, in-memory temp files, foreign keys).

#include "desktop/storage/crypto/SecretBytes.h"
#include "shared/core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace fitflow::desktop {

class StoreConnection {
public:
    // Registers `connectionName` (reach it with QSqlDatabase::database). On failure the connection
    // is removed again. Errors: "store_corrupt" (wrong key or damaged file: SQLite says "file is
    // encrypted or is not a database"), "io_error".
    static fitflow::Status open(const QString& connectionName, const QString& path,
                                SecretBytes dataKey);

    // Closes and unregisters the connection. Copies of the QSqlDatabase must be gone by then.
    static void close(const QString& connectionName);
};

} // namespace fitflow::desktop
