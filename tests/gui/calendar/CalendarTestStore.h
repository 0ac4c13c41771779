#pragma once
// A real encrypted store seeded for the calendar and dashboard tests: two organizations (two
// studios of one trainer), a location each in Toronto, a client each, the signed-in trainer,
// and sessions added through LocalChanges. Then the store is opened by a StoreSession, and the
// test gets the DesktopContext a page is built with.

#include "desktop/core/AppSettings.h"
#include "desktop/core/DesktopContext.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/LocalStore.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/storage/money/MoneyRepository.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/ServerConnectionMonitor.h"
#include "desktop/ui/calendar/SessionDialog.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>
#include <string>

namespace fitflow::desktop::testing {

// The session dialog `page` opened, once it shows (within 10 s), or nullptr.
inline SessionDialog* waitForSessionDialog(const QObject& page)
{
    SessionDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = page.findChild<SessionDialog*>(QStringLiteral("sessionDialog"));
            return dialog && dialog->isVisible();
        },
        10000);
    return shown ? dialog : nullptr;
}

inline const QByteArray kCalendarPassphrase = "calendar test passphrase";
inline const std::string kTrainerId = "01900000-0000-7000-8000-0000000000e1";
inline const std::string kOrgNorth = "01900000-0000-7000-8000-0000000000a1";
inline const std::string kOrgCoach = "01900000-0000-7000-8000-0000000000b1";
inline const std::string kLocationNorth = "01900000-0000-7000-8000-0000000000a2";
inline const std::string kLocationCoach = "01900000-0000-7000-8000-0000000000b2";
inline const QString kNorthName = QStringLiteral("Northside Fitness");
inline const QString kCoachName = QStringLiteral("Alex Coaching");
inline const char* const kZone = "America/Toronto";

inline QTimeZone torontoZone()
{
    return QTimeZone(kZone);
}

// 14:30 on `day` in Toronto, as UTC.
inline QDateTime torontoTime(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), torontoZone()).toUTC();
}

// A clock that always reads `instant` (CalendarPage::setClock, CalendarService::setClock), so a
// test on the fixed future week can say when "now" is.
inline PhysicalClock fixedClock(const QDateTime& instant)
{
    const Instant at{std::chrono::milliseconds{instant.toMSecsSinceEpoch()}};
    return [at] { return at; };
}

inline std::string utcDate(QDate day)
{
    return day.toString(Qt::ISODate).toStdString();
}

inline std::string utcText(const QDateTime& instant)
{
    return instant.toUTC().toString(Qt::ISODate).toStdString();
}

class CalendarTestStore {
public:
    CalendarTestStore()
        : m_settings(m_dir.filePath(QStringLiteral("settings/FitFlow.ini")))
        , m_monitor(ServerEndpoint{})
    {
        m_path = m_dir.filePath(QStringLiteral("calendar.fitflow"));
        auto created = LocalStore::create(m_path, kCalendarPassphrase, KdfSettings::fastForTests());
        if (created) {
            m_store = std::move(*created);
            m_seeded = seedStudios();
        }
    }

    bool seeded() const { return m_seeded; }
    QString northClient() const { return m_northClient; }
    QString coachClient() const { return m_coachClient; }

    // Adds a session before the store is opened; returns its id (empty on failure).
    QString addSession(const std::string& orgId, const QString& clientId,
                       const std::string& locationId, const QDateTime& start, const QDateTime& end,
                       const std::string& status = "scheduled")
    {
        LocalChanges changes(m_store->database());
        auto id = changes.add("session", orgId,
                              {{"client_id", clientId.toStdString()},
                               {"location_id", locationId},
                               {"starts_at", utcText(start)},
                               {"ends_at", utcText(end)},
                               {"status", status}});
        return id ? QString::fromStdString(*id) : QString();
    }

    // Adds a package of `total` sessions for the client before the store is opened; its id.
    QString addPackage(const std::string& orgId, const QString& clientId, const std::string& name,
                       int total)
    {
        LocalChanges changes(m_store->database());
        auto id = changes.add("package", orgId,
                              {{"client_id", clientId.toStdString()},
                               {"name", name},
                               {"sessions_total", total},
                               {"price_cents", 10000 * total},
                               {"currency", "CAD"}});
        return id ? QString::fromStdString(*id) : QString();
    }

    // Books an existing session on a package before the store is opened.
    bool bookOnPackage(const QString& sessionId, const QString& packageId)
    {
        return LocalChanges(m_store->database())
            .update("session", sessionId.toStdString(), {{"package_id", packageId.toStdString()}})
            .ok();
    }

    // Pulled money rows (as sync stores them) before the store is opened.
    bool addIssuedInvoice(const std::string& orgId, const std::string& id,
                          std::int64_t balanceCents, QDate taxPointDate)
    {
        const QString client = orgId == kOrgNorth ? m_northClient : m_coachClient;
        const nlohmann::json values{
            {"kind", "invoice"},
            {"status", "issued"},
            {"client_id", client.toStdString()},
            {"number", "T-" + id.substr(id.size() - 4)},
            {"draft",
             {{"tax_point_date", utcDate(taxPointDate)}, {"lines", nlohmann::json::array()}}},
            {"totals", {{"total_cents", balanceCents}}},
            {"balance_cents", balanceCents}};
        auto saved = money::MoneyRepository(m_store->database()).saveInvoice({id, orgId, values});
        if (!saved) {
            qWarning("%s", saved.error().message.c_str());
        }
        return saved.ok();
    }
    bool addPayment(const std::string& orgId, const std::string& id, const std::string& invoiceId,
                    std::int64_t cents, QDate receivedOn)
    {
        money::MoneyRepository repository(m_store->database());
        return repository
            .savePayment({id,
                          orgId,
                          {{"invoice_id", invoiceId},
                           {"method", "cash"},
                           {"amount_cents", cents},
                           {"received_on", utcDate(receivedOn)},
                           {"recorded_by", kTrainerId}}})
            .ok();
    }

    // Closes the seeding connection and unlocks the store through a StoreSession.
    bool open()
    {
        m_store.reset();
        m_session = std::make_unique<StoreSession>(m_path, KdfSettings::fastForTests());
        m_session->unlock(kCalendarPassphrase);
        return QTest::qWaitFor(
            [this] { return m_session->state() == StoreSession::State::Unlocked; }, 20000);
    }

    DesktopContext context()
    {
        return {.session = *m_session,
                .events = m_events,
                .settings = m_settings,
                .monitor = m_monitor};
    }
    StoreSession& session() { return *m_session; }
    StoreEvents& events() { return m_events; }
    AppSettings& settings() { return m_settings; }

    // One text column of a session row, read on the store thread.
    QString sessionField(const QString& id, const QString& column)
    {
        std::optional<QString> answer;
        m_session->runOnStore<QString>(
            &m_events,
            [id, column](LocalStore* store) {
                QSqlQuery query(store->database());
                query.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE id = ?").arg(column));
                query.addBindValue(id);
                return query.exec() && query.next() ? query.value(0).toString() : QString();
            },
            [&answer](QString value) { answer = value; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000)) {
            qWarning("the store did not answer");
        }
        return answer.value_or(QString());
    }

private:
    bool seedStudios()
    {
        const QSqlDatabase db = m_store->database();
        EntityRepository entities(db);
        const EntitySpec& organization = *findSyncedEntity("organization");
        const EntitySpec& location = *findSyncedEntity("location");
        const bool places =
            entities.savePlainRow(
                organization,
                {kOrgNorth,
                 kOrgNorth,
                 {{"name", kNorthName.toStdString()}, {"kind", "studio"}, {"province", "ON"}}}) &&
            entities.savePlainRow(
                organization,
                {kOrgCoach,
                 kOrgCoach,
                 {{"name", kCoachName.toStdString()}, {"kind", "solo"}, {"province", "ON"}}}) &&
            entities.savePlainRow(
                location, {kLocationNorth,
                           kOrgNorth,
                           {{"name", "Downtown"}, {"province", "ON"}, {"time_zone", kZone}}}) &&
            entities.savePlainRow(
                location,
                {kLocationCoach,
                 kOrgCoach,
                 {{"name", "Midtown Studio"}, {"province", "ON"}, {"time_zone", kZone}}}) &&
            SyncStateRepository(db).saveAccount(
                {"https://127.0.0.1:1", {}, "alex@demo.fitflow.test", kTrainerId, "token"});
        if (!places) {
            return false;
        }
        LocalChanges changes(db);
        auto north =
            changes.add("client", kOrgNorth, {{"first_name", "Ada"}, {"last_name", "Lovelace"}});
        auto coach =
            changes.add("client", kOrgCoach, {{"first_name", "Grace"}, {"last_name", "Hopper"}});
        if (!north || !coach) {
            return false;
        }
        m_northClient = QString::fromStdString(*north);
        m_coachClient = QString::fromStdString(*coach);
        return true;
    }

    QTemporaryDir m_dir;
    QString m_path;
    AppSettings m_settings;
    ServerConnectionMonitor m_monitor;
    StoreEvents m_events;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<StoreSession> m_session;
    bool m_seeded = false;
    QString m_northClient;
    QString m_coachClient;
};

} // namespace fitflow::desktop::testing
