#pragma once
// Helpers for the account, security and settings tests (engineer D1): an unlocked store in a
// temporary folder, and jobs that run on its store thread and wait for the answer, so a test
// can seed and inspect it the way the app does (never on the GUI thread).

#include "desktop/core/StoreSession.h"
#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/storage/SyncedEntity.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace fitflow::desktop::testing {

inline const QByteArray kStorePassphrase = QByteArrayLiteral("correct horse battery");
inline const std::string kOrgId = "0190a000-0000-7000-8000-000000000001";
inline const std::string kLocationId = "0190a000-0000-7000-8000-000000000002";

// Runs `job` on the store thread and waits (event loop running) for its result.
template <typename T>
std::optional<T> onStore(StoreSession& session, std::function<T(LocalStore*)> job)
{
    std::optional<T> result;
    QObject receiver;
    session.runOnStore<T>(&receiver, std::move(job), [&result](T value) { result = value; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
        return std::nullopt;
    }
    return result;
}

// A new encrypted store, created and unlocked (fast key derivation).
inline std::unique_ptr<StoreSession> unlockedStore(const QTemporaryDir& dir)
{
    auto session = std::make_unique<StoreSession>(dir.filePath(QStringLiteral("fitflow.db")),
                                                  KdfSettings::fastForTests());
    session->createStore(kStorePassphrase);
    // The caller checks state(): a store that did not open fails the test there.
    static_cast<void>(QTest::qWaitFor(
        [&session] { return session->state() == StoreSession::State::Unlocked; }, 20000));
    return session;
}

// One organization with one location, as a pull from the server would leave them.
inline bool seedOrganization(StoreSession& session, const std::string& name)
{
    return onStore<bool>(
               session,
               [name](LocalStore* store) {
                   EntityRepository repository(store->database());
                   const bool org = static_cast<bool>(repository.savePlainRow(
                       *findSyncedEntity("organization"),
                       {kOrgId, kOrgId, {{"name", name}, {"kind", "studio"}, {"province", "QC"}}}));
                   const bool location = static_cast<bool>(repository.savePlainRow(
                       *findSyncedEntity("location"), {kLocationId,
                                                       kOrgId,
                                                       {{"name", "Plateau"},
                                                        {"province", "QC"},
                                                        {"time_zone", "America/Toronto"},
                                                        {"street", "4521 boul. Saint-Laurent"},
                                                        {"city", "Montréal"},
                                                        {"postal_code", "H2T 1R2"}}}));
                   return org && location;
               })
        .value_or(false);
}

// Saves a signed-in account (a refresh token the given server never issued).
inline bool seedAccount(StoreSession& session, const std::string& serverUrl,
                        const std::string& caPath = {})
{
    return onStore<bool>(session,
                         [serverUrl, caPath](LocalStore* store) {
                             return static_cast<bool>(
                                 SyncStateRepository(store->database())
                                     .saveAccount({serverUrl, caPath, "alex@example.test",
                                                   "0190a000-0000-7000-8000-0000000000aa",
                                                   "refresh-token-for-tests"}));
                         })
        .value_or(false);
}

} // namespace fitflow::desktop::testing
