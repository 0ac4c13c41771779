#include "desktop/core/account/RecentProfileFetch.h"

#include "desktop/core/account/ProfileJobs.h"
#include "desktop/storage/SyncStateRepository.h"

namespace fitflow::desktop {

std::optional<AccountProfile> profileFetchedSince(const QSqlDatabase& db,
                                                  const QDateTime& requestedAt)
{
    auto cached = readCachedProfile(db);
    if (!cached || !cached->fetchedAt.isValid() || cached->fetchedAt < requestedAt) {
        return std::nullopt;
    }
    // Another account's profile (a sign-out and sign-in in between) never answers.
    auto account = SyncStateRepository(db).account();
    if (!account || !*account || (*account)->refreshToken.empty() ||
        QString::fromStdString((*account)->userId) != cached->userId) {
        return std::nullopt;
    }
    return std::move(*cached);
}

} // namespace fitflow::desktop
