#pragma once
// LocalMigrations: the versioned schema of the local store. PRAGMA user_version records the
// last applied migration; each migration runs in its own transaction together with the version
// bump, so a crash leaves the store at the previous version, never half-migrated.
// Later issues add a function and one line to the table in LocalMigrations.cpp.

#include "shared/core/Result.h"

#include <QSqlDatabase>

namespace fitflow::desktop {

class LocalMigrations {
public:
    // The version a fully migrated store has.
    static int latestVersion();

    // The recorded version, or an error when the database cannot be read.
    static fitflow::Result<int> currentVersion(QSqlDatabase& db);

    // Applies every pending migration in order and returns the resulting version. Running it
    // again changes nothing. "store_too_new" when the store was written by a newer FitFlow;
    // "migration_failed" (rolled back) when a step fails.
    static fitflow::Result<int> apply(QSqlDatabase& db);
};

} // namespace fitflow::desktop
