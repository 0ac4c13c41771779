#include "desktop/core/account/ProfileService.h"

#include "desktop/core/StoreSession.h"
#include "desktop/core/account/ProfileJobs.h"
#include "desktop/core/account/RecentProfileFetch.h"

namespace fitflow::desktop {

namespace {

// What a fetch answered: the profile when it worked, and the error code otherwise.
struct ProfileFetch {
    AccountProfile profile;
    QString code;
};

bool isOfflineCode(const QString& code)
{
    return code == QLatin1String("network_error") || code == QLatin1String("tls_error") ||
           code == QLatin1String("timeout") || code == QLatin1String("server_unavailable");
}

} // namespace

ProfileService::ProfileService(StoreSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

bool ProfileService::administersAny() const
{
    for (const ProfileMembership& membership : m_profile.memberships) {
        if (administersOrganization(membership.role)) {
            return true;
        }
    }
    return false;
}

void ProfileService::reload()
{
    m_session.runOnStore<AccountProfile>(
        this,
        [](LocalStore* store) {
            if (!store) {
                return AccountProfile{};
            }
            auto cached = readCachedProfile(store->database());
            return cached ? *cached : AccountProfile{};
        },
        [this](AccountProfile profile) {
            m_profile = std::move(profile);
            emit profileChanged();
        });
}

void ProfileService::refresh()
{
    // Readers that asked while another reader's fetch was under way share its answer.
    fetchUnlessFetchedSince(QDateTime::currentDateTimeUtc());
}

void ProfileService::refreshUnlessFresh()
{
    fetchUnlessFetchedSince(QDateTime::currentDateTimeUtc().addSecs(-kFreshForSeconds));
}

void ProfileService::fetchUnlessFetchedSince(const QDateTime& fetchedAfter)
{
    reload();
    m_session.runOnStore<ProfileFetch>(
        this,
        [fetchedAfter](LocalStore* store) {
            if (!store) {
                return ProfileFetch{{}, QStringLiteral("store_closed")};
            }
            if (auto recent = profileFetchedSince(store->database(), fetchedAfter)) {
                return ProfileFetch{std::move(*recent), {}};
            }
            auto fetched = fetchAndCacheProfile(store->database());
            if (!fetched) {
                return ProfileFetch{{}, QString::fromStdString(fetched.error().code)};
            }
            return ProfileFetch{*fetched, {}};
        },
        [this](ProfileFetch fetch) {
            m_offline = isOfflineCode(fetch.code);
            if (fetch.code.isEmpty()) {
                m_profile = std::move(fetch.profile);
            }
            emit profileChanged();
            emit refreshFinished(fetch.code);
        });
}

} // namespace fitflow::desktop
