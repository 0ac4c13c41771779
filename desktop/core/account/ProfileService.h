#pragma once
// The signed-in user's profile for the UI (Settings' Profile group, the Manager view): shows the
// cached profile at once, then asks the server for a fresh one when the store is signed in. When
// the server cannot be reached the cached profile stays and isOffline() says so. Store and
// network work run on the store thread through StoreSession::runOnStore.

#include "desktop/core/account/AccountProfile.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace fitflow::desktop {

class StoreSession;

class ProfileService : public QObject {
    Q_OBJECT

public:
    explicit ProfileService(StoreSession& session, QObject* parent = nullptr);

    // Reads the cached profile; profileChanged() follows (an empty profile when the store is
    // closed or holds none).
    void reload();
    // Reads the cache, then fetches from the server; profileChanged() follows each step and
    // refreshFinished(code) ends it (empty code on success, "not_signed_in", "network_error"...).
    void refresh();
    // The same for readers that load on their own (a page opening, a sign-in): a profile the
    // server sent within the last kFreshFor answers instead of another fetch, so several
    // readers opening together cost one fetch however slowly the machine builds them.
    void refreshUnlessFresh();
    static constexpr int kFreshForSeconds = 60;

    const AccountProfile& profile() const { return m_profile; }
    // The last refresh could not reach the server (the profile shown is the cached one).
    bool isOffline() const { return m_offline; }
    // Whether any membership is owner, manager or trainer_admin.
    bool administersAny() const;

signals:
    void profileChanged();
    void refreshFinished(const QString& code);

private:
    // Fetches unless the cached profile (of the signed-in user) was fetched at or after
    // `fetchedAfter` (UTC).
    void fetchUnlessFetchedSince(const QDateTime& fetchedAfter);

    StoreSession& m_session;
    AccountProfile m_profile;
    bool m_offline = false;
};

} // namespace fitflow::desktop
