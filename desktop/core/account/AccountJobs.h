#pragma once
// The store-thread halves of AccountService: plain functions on an open store, so they can be
// tested and reused without the Qt event loop (fitflow-cli's login does the same steps).

#include "desktop/core/account/AccountInfo.h"
#include "desktop/sync/ServerSession.h"
#include "shared/core/Result.h"

#include <QSqlDatabase>

namespace fitflow::desktop {

// Reads the account saved in the store.
fitflow::Result<AccountInfo> readAccount(const QSqlDatabase& db);

// Logs in as this store's device and saves the account with its refresh token; forgets the
// cached profile (ProfileCache), which may be another user's.
fitflow::Result<AccountInfo> signInStore(const QSqlDatabase& db, const LoginRequest& request);

// Revokes the refresh token's family on the server (best effort), then forgets the token; with
// `wipe`, removes the synced data and the cached profile too. Returns the account as it is
// afterwards.
fitflow::Result<AccountInfo> signOutStore(const QSqlDatabase& db, bool wipe);

} // namespace fitflow::desktop
