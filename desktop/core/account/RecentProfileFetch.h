#pragma once
// Lets one profile fetch answer every reader that asked while it was under way. The app's
// profile readers (Settings ▸ Profile, the Manager view) all ask right after a sign-in or an
// unlock; their jobs run one after another on the store thread, so a request made before the
// cached profile was fetched is answered from the cache instead of rotating the refresh token
// and asking the server again.

#include "desktop/core/account/AccountProfile.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace fitflow::desktop {

// The cached profile of the store's signed-in user when it was fetched at or after
// `requestedAt` (UTC); nullopt otherwise (then the caller fetches). Store thread only.
std::optional<AccountProfile> profileFetchedSince(const QSqlDatabase& db,
                                                  const QDateTime& requestedAt);

} // namespace fitflow::desktop
