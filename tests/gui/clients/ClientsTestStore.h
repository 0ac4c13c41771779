#pragma once
// A real encrypted store behind a StoreSession for the Clients and notes GUI tests: created in a
// temporary folder (cheap Argon2id), with one organization (with GST/HST and QST numbers) and
// two locations seeded as pulled rows, the DesktopContext pages take (private settings file, no
// server configured), and a way to run a job on the store thread and wait for its answer.

#include "desktop/core/AppSettings.h"
#include "desktop/core/DesktopContext.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/storage/EntityRepository.h"
#include "desktop/sync/ServerConnectionMonitor.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace fitflow::desktop::testing {

inline const std::string kTestOrgId = "01900000-0000-7000-8000-0000000000a1";
inline const std::string kTestLocationId = "01900000-0000-7000-8000-0000000000b1";
inline const std::string kOtherLocationId = "01900000-0000-7000-8000-0000000000b2";

class ClientsTestStore {
public:
    ClientsTestStore()
        : m_session(m_dir.filePath(QStringLiteral("clients.fitflow")), KdfSettings::fastForTests())
        , m_settings(m_dir.filePath(QStringLiteral("settings/FitFlow.ini")))
        , m_monitor(ServerEndpoint{})
    {
    }

    StoreSession& session() { return m_session; }
    StoreEvents& events() { return m_events; }
    DesktopContext context()
    {
        return DesktopContext{
            .session = m_session, .events = m_events, .settings = m_settings, .monitor = m_monitor};
    }

    // Creates the store and seeds the organization and its locations; false on failure.
    bool open()
    {
        m_session.createStore(QByteArrayLiteral("clients gui test passphrase"));
        if (!QTest::qWaitFor([this] { return m_session.state() == StoreSession::State::Unlocked; },
                             30000)) {
            return false;
        }
        return onStore<bool>([](LocalStore* store) {
            EntityRepository entities(store->database());
            const EntitySpec& organization = *findSyncedEntity("organization");
            const EntitySpec& location = *findSyncedEntity("location");
            return entities
                       .savePlainRow(organization, {kTestOrgId,
                                                    kTestOrgId,
                                                    {{"name", "Northside Studios"},
                                                     {"kind", "studio"},
                                                     {"gst_hst_number", "123456789RT0001"},
                                                     {"qst_number", "1234567890TQ0001"}}})
                       .ok() &&
                   entities
                       .savePlainRow(location, {kTestLocationId,
                                                kTestOrgId,
                                                {{"name", "Northside Plateau"},
                                                 {"province", "QC"},
                                                 {"time_zone", "America/Toronto"}}})
                       .ok() &&
                   entities
                       .savePlainRow(location, {kOtherLocationId,
                                                kTestOrgId,
                                                {{"name", "Northside Annex"},
                                                 {"province", "QC"},
                                                 {"time_zone", "America/Toronto"}}})
                       .ok();
        });
    }

    // Runs `job` on the store thread and waits (processing events) for its result.
    template <typename T> T onStore(std::function<T(LocalStore*)> job)
    {
        QObject receiver;
        std::optional<T> answer;
        m_session.runOnStore<T>(&receiver, std::move(job),
                                [&answer](T value) { answer = std::move(value); });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000)) {
            qWarning("a store job did not answer in time");
            return T{};
        }
        return std::move(*answer);
    }

private:
    QTemporaryDir m_dir;
    StoreSession m_session;
    AppSettings m_settings;
    ServerConnectionMonitor m_monitor;
    StoreEvents m_events;
};

} // namespace fitflow::desktop::testing
