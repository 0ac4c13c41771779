#pragma once
// Who this store is signed in as, in Qt types for the UI. signedIn is false before the first
// sign-in, after a sign-out and after the server revoked the device (email may remain, so the
// app can offer to sign in again as the same person).

#include <QString>

namespace fitflow::desktop {

struct AccountInfo {
    bool signedIn = false;
    QString email;
    QString userId;
    QString serverUrl;
    QString caCertPath;

    friend bool operator==(const AccountInfo&, const AccountInfo&) = default;
};

} // namespace fitflow::desktop
