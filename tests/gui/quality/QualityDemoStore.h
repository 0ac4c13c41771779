#pragma once
// A real encrypted store with a small, believable demo practice for the quality tests
// (accessibility, screenshots): two organizations of one trainer with a location each, the
// signed-in account and its cached profile (a trainer at the studio, the owner of the practice,
// so the Manager view and New contractor invoice are offered), a dozen clients, sessions today and
// across the week (some completed or cancelled) and a few issued invoices with a payment. Rows are
// written the way the app writes them (LocalChanges; pulled rows through EntityRepository /
// MoneyRepository), then the store is opened by a StoreSession and the test gets the DesktopContext
// a window is built with.

#include "desktop/core/AppSettings.h"
#include "desktop/core/DesktopContext.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/SyncRunner.h"
#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/LocalStore.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/storage/manager/ProfileCache.h"
#include "desktop/storage/money/MoneyRepository.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/ServerConnectionMonitor.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <array>
#include <memory>
#include <string>

namespace fitflow::desktop::testing {

class QualityDemoStore {
public:
    static constexpr const char* kZone = "America/Toronto";
    inline static const std::string kTrainerId = "01900000-0000-7000-8000-00000000d0e1";
    inline static const std::string kOrgStudio = "01900000-0000-7000-8000-00000000d0a1";
    inline static const std::string kOrgPractice = "01900000-0000-7000-8000-00000000d0b1";
    inline static const std::string kLocationStudio = "01900000-0000-7000-8000-00000000d0a2";
    inline static const std::string kLocationPractice = "01900000-0000-7000-8000-00000000d0b2";

    QualityDemoStore()
        : m_settings(m_dir.filePath(QStringLiteral("settings/FitFlow.ini")))
        , m_monitor(ServerEndpoint{})
    {
        m_path = m_dir.filePath(QStringLiteral("demo.fitflow"));
        auto created = LocalStore::create(m_path, passphrase(), KdfSettings::fastForTests());
        if (!created) {
            qWarning("cannot create the demo store: %s", created.error().message.c_str());
            return;
        }
        m_store = std::move(*created);
        m_seeded =
            seedPlaces() && seedProfile() && seedClients() && seedSessions() && seedInvoices();
        m_store.reset();
    }

    static QByteArray passphrase() { return QByteArrayLiteral("quality demo passphrase"); }

    bool seeded() const { return m_seeded; }
    QString firstClientId() const { return m_clientIds.empty() ? QString() : m_clientIds.front(); }
    QString firstSessionTodayId() const { return m_firstSessionToday; }

    // Unlocks the seeded store through a StoreSession; true once it is open.
    bool open()
    {
        m_session = std::make_unique<StoreSession>(m_path, KdfSettings::fastForTests());
        m_session->unlock(passphrase());
        if (!QTest::qWaitFor([this] { return m_session->state() == StoreSession::State::Unlocked; },
                             30000)) {
            return false;
        }
        // The status bar's sync corner too; no server is configured, so nothing is sent.
        m_sync = std::make_unique<SyncRunner>(*m_session, m_events);
        m_sync->refreshCounts();
        return true;
    }

    DesktopContext context()
    {
        return {.session = *m_session,
                .events = m_events,
                .settings = m_settings,
                .monitor = m_monitor,
                .sync = m_sync.get()};
    }
    StoreSession& session() { return *m_session; }
    AppSettings& settings() { return m_settings; }

private:
    static std::string utcText(QDate day, int hour, int minute)
    {
        return QDateTime(day, QTime(hour, minute), QTimeZone(kZone))
            .toUTC()
            .toString(Qt::ISODate)
            .toStdString();
    }

    bool seedPlaces()
    {
        EntityRepository entities(m_store->database());
        const EntitySpec& organization = *findSyncedEntity("organization");
        const EntitySpec& location = *findSyncedEntity("location");
        return entities
                   .savePlainRow(
                       organization,
                       {kOrgStudio,
                        kOrgStudio,
                        {{"name", "Northside Fitness"}, {"kind", "studio"}, {"province", "ON"}}})
                   .ok() &&
               entities
                   .savePlainRow(
                       organization,
                       {kOrgPractice,
                        kOrgPractice,
                        {{"name", "Alex Coaching"}, {"kind", "solo"}, {"province", "ON"}}})
                   .ok() &&
               entities
                   .savePlainRow(
                       location,
                       {kLocationStudio,
                        kOrgStudio,
                        {{"name", "Northside Downtown"}, {"province", "ON"}, {"time_zone", kZone}}})
                   .ok() &&
               entities
                   .savePlainRow(
                       location,
                       {kLocationPractice,
                        kOrgPractice,
                        {{"name", "Midtown Studio"}, {"province", "ON"}, {"time_zone", kZone}}})
                   .ok() &&
               SyncStateRepository(m_store->database())
                   .saveAccount(
                       {"https://127.0.0.1:1", {}, "alex@demo.fitflow.test", kTrainerId, "token"})
                   .ok();
    }

    // What GET /api/v1/me (+ members) would give Alex, fetched just now so that no page asks
    // the (absent) server again.
    bool seedProfile()
    {
        const nlohmann::json members = {
            {kOrgStudio, {{{"user_id", kTrainerId}, {"display_name", "Alex Rivera"}}}},
            {kOrgPractice, {{{"user_id", kTrainerId}, {"display_name", "Alex Rivera"}}}}};
        const nlohmann::json profile = {
            {"user",
             {{"id", kTrainerId},
              {"email", "alex@demo.fitflow.test"},
              {"display_name", "Alex Rivera"}}},
            {"memberships",
             {{{"organization_id", kOrgStudio},
               {"organization_name", "Northside Fitness"},
               {"role", "trainer"},
               {"location_ids", {kLocationStudio}}},
              {{"organization_id", kOrgPractice},
               {"organization_name", "Alex Coaching"},
               {"role", "owner"},
               {"location_ids", nlohmann::json::array()}}}},
            {"members", members},
            {"tax_registrations", {{"gst_hst_number", "123456782RT0001"}}},
            {"fetched_at",
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString()}};
        return ProfileCache(m_store->database()).save(profile).ok();
    }

    bool seedClients()
    {
        struct DemoClient {
            const char* first;
            const char* last;
            const char* email;
            const char* phone;
        };
        static constexpr std::array<DemoClient, 12> kClients{{
            {"Ada", "Lovelace", "ada@example.com", "416-555-0101"},
            {"Grace", "Hopper", "grace@example.com", "416-555-0102"},
            {"Alan", "Turing", "alan@example.com", "416-555-0103"},
            {"Katherine", "Johnson", "katherine@example.com", "416-555-0104"},
            {"Linus", "Pauling", "linus@example.com", "416-555-0105"},
            {"Marie", "Curie", "marie@example.com", "514-555-0106"},
            {"Niels", "Bohr", "niels@example.com", "514-555-0107"},
            {"Rosalind", "Franklin", "rosalind@example.com", "416-555-0108"},
            {"Émilie", "du Châtelet", "emilie@example.com", "514-555-0109"},
            {"Srinivasa", "Ramanujan", "srini@example.com", "416-555-0110"},
            {"Hedy", "Lamarr", "hedy@example.com", "416-555-0111"},
            {"Chien-Shiung", "Wu", "wu@example.com", "416-555-0112"},
        }};
        LocalChanges changes(m_store->database());
        for (std::size_t i = 0; i < kClients.size(); ++i) {
            const DemoClient& client = kClients.at(i);
            const bool studio = i % 3 != 2;
            auto id =
                changes.add("client", studio ? kOrgStudio : kOrgPractice,
                            {{"first_name", client.first},
                             {"last_name", client.last},
                             {"email", client.email},
                             {"phone", client.phone},
                             {"home_location_id", studio ? kLocationStudio : kLocationPractice}});
            if (!id) {
                qWarning("cannot seed a client: %s", id.error().message.c_str());
                return false;
            }
            m_clientIds.push_back(QString::fromStdString(*id));
            m_clientOrgs.push_back(studio ? kOrgStudio : kOrgPractice);
        }
        return true;
    }

    // Today 8:00-17:00 every 90 minutes, and two a day for the rest of the week around it.
    bool seedSessions()
    {
        const QDate today = QDate::currentDate();
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        int next = 0;
        auto book = [&](QDate day, int hour, int minute, const char* status) {
            const std::size_t client = static_cast<std::size_t>(next++) % m_clientIds.size();
            const bool studio = m_clientOrgs.at(client) == kOrgStudio;
            auto id = LocalChanges(m_store->database())
                          .add("session", m_clientOrgs.at(client),
                               {{"client_id", m_clientIds.at(client).toStdString()},
                                {"location_id", studio ? kLocationStudio : kLocationPractice},
                                {"trainer_id", kTrainerId},
                                {"starts_at", utcText(day, hour, minute)},
                                {"ends_at", utcText(day, hour + 1, minute)},
                                {"status", status}});
            if (!id) {
                qWarning("cannot seed a session: %s", id.error().message.c_str());
                return QString();
            }
            return QString::fromStdString(*id);
        };
        for (int slot = 0; slot < 6; ++slot) {
            const QString id = book(today, 8 + (slot * 3) / 2, (slot % 2) * 30, "scheduled");
            if (id.isEmpty()) {
                return false;
            }
            if (slot == 0) {
                m_firstSessionToday = id;
            }
        }
        for (int offset = 0; offset < 7; ++offset) {
            const QDate day = monday.addDays(offset);
            if (day == today) {
                continue;
            }
            const char* status = day < today ? "completed" : "scheduled";
            if (book(day, 9, 0, status).isEmpty() ||
                book(day, 15, 30, offset == 2 ? "cancelled" : status).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    bool seedInvoices()
    {
        money::MoneyRepository repository(m_store->database());
        const QDate today = QDate::currentDate();
        struct DemoInvoice {
            int client;
            int daysAgo;
            std::int64_t cents;
            std::int64_t paidCents;
        };
        static constexpr std::array<DemoInvoice, 4> kInvoices{
            {{0, 3, 9040, 0}, {1, 40, 22600, 10000}, {3, 75, 11300, 0}, {4, 10, 5650, 5650}}};
        int number = 1;
        for (const DemoInvoice& demo : kInvoices) {
            const std::size_t client = static_cast<std::size_t>(demo.client);
            const std::string id =
                "01900000-0000-7000-8000-00000000f0" + std::to_string(10 + number);
            const std::string orgId = m_clientOrgs.at(client);
            const std::int64_t balance = demo.cents - demo.paidCents;
            const nlohmann::json values{
                {"kind", "invoice"},
                {"status", balance == 0 ? "paid" : "issued"},
                {"client_id", m_clientIds.at(client).toStdString()},
                {"number", "INV-2026-000" + std::to_string(100 + number)},
                {"draft",
                 {{"tax_point_date",
                   today.addDays(-demo.daysAgo).toString(Qt::ISODate).toStdString()},
                  {"lines", nlohmann::json::array()}}},
                {"totals", {{"total_cents", demo.cents}}},
                {"paid_cents", demo.paidCents},
                {"balance_cents", balance}};
            if (!repository.saveInvoice({id, orgId, values})) {
                return false;
            }
            if (demo.paidCents > 0 &&
                !repository
                     .savePayment(
                         {"01900000-0000-7000-8000-00000000f1" + std::to_string(10 + number),
                          orgId,
                          {{"invoice_id", id},
                           {"method", "e_transfer"},
                           {"amount_cents", demo.paidCents},
                           {"received_on", today.toString(Qt::ISODate).toStdString()},
                           {"recorded_by", kTrainerId}}})
                     .ok()) {
                return false;
            }
            ++number;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_path;
    AppSettings m_settings;
    ServerConnectionMonitor m_monitor;
    StoreEvents m_events;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<StoreSession> m_session;
    std::unique_ptr<SyncRunner> m_sync;
    bool m_seeded = false;
    std::vector<QString> m_clientIds;
    std::vector<std::string> m_clientOrgs;
    QString m_firstSessionToday;
};

} // namespace fitflow::desktop::testing
