#pragma once
// Where the encrypted store lives. One place decides it, so the app, the tests and run.sh agree:
// $FITFLOW_STORE when set, otherwise <AppLocalDataLocation>/fitflow.db.

#include <QString>

namespace fitflow::desktop {

class StoreLocation {
public:
    static constexpr const char* kEnvironmentVariable = "FITFLOW_STORE";

    // Absolute path of the SQLCipher database file (the key file sits beside it).
    static QString databasePath();
};

} // namespace fitflow::desktop
