// Calendar ▸ New session starts inside the trainer's availability: at the first free slot of
// their availability from now on (at that availability's location, with the default length from
// Settings, clear of their sessions at every studio and of the travel buffer), and as before
// (the first location, the next whole hour) when no availability is set. Against a real
// encrypted store, through the real page and dialog.

#include "desktop/core/calendar/AvailabilityService.h"
#include "desktop/ui/calendar/CalendarPage.h"
#include "desktop/ui/calendar/SessionDialog.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/gui/calendar/CalendarTestStore.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace fitflow::desktop;
using namespace fitflow::desktop::testing;
using fitflow::scheduling::LocalSpan;
using fitflow::scheduling::WeeklyRule;

class TestNewSessionDefault : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsAtTheFirstFreeSlotOfTheAvailability();
    void withoutAvailabilityStartsAtTheNextHourAtTheFirstLocation();

private:
    SessionDialog* openNewSession();

    std::unique_ptr<CalendarTestStore> m_store;
    std::unique_ptr<CalendarPage> m_page;
};

void TestNewSessionDefault::init()
{
    m_store = std::make_unique<CalendarTestStore>();
    QVERIFY(m_store->seeded());
}

void TestNewSessionDefault::cleanup()
{
    m_page.reset();
    m_store.reset();
}

SessionDialog* TestNewSessionDefault::openNewSession()
{
    m_page = std::make_unique<CalendarPage>(m_store->context());
    m_page->setTimeZone(torontoZone());
    m_page->resize(1000, 700);
    m_page->show();
    if (!QTest::qWaitForWindowExposed(m_page.get())) {
        return nullptr;
    }
    auto* action = m_page->findChild<QAction*>(QStringLiteral("calendarNewAction"));
    if (!action) {
        return nullptr;
    }
    action->trigger();
    return waitForSessionDialog(*m_page);
}

void TestNewSessionDefault::startsAtTheFirstFreeSlotOfTheAvailability()
{
    // Tomorrow (Toronto) 10:00-13:00 at Northside, the second location of the list. Booked that
    // morning: 10:00-10:45 at Northside and 10:45-11:10 at Alex Coaching, which needs the
    // 15-minute travel buffer; so 45 minutes (the Settings default here) fit from 11:30.
    const QDate tomorrow =
        QDateTime::currentDateTimeUtc().toTimeZone(torontoZone()).date().addDays(1);
    QVERIFY(!m_store
                 ->addSession(kOrgNorth, m_store->northClient(), kLocationNorth,
                              torontoTime(tomorrow, 10), torontoTime(tomorrow, 10, 45))
                 .isEmpty());
    QVERIFY(!m_store
                 ->addSession(kOrgCoach, m_store->coachClient(), kLocationCoach,
                              torontoTime(tomorrow, 10, 45), torontoTime(tomorrow, 11, 10))
                 .isEmpty());
    QVERIFY(m_store->open());
    m_store->settings().setDefaultSessionMinutes(45);
    AvailabilityService availability(m_store->session(), &m_store->events());
    fitflow::scheduling::Availability window;
    window.trainerId = kTrainerId;
    window.locationId = kLocationNorth;
    window.timeZone = kZone;
    window.weeklyRules = {WeeklyRule{date::weekday{static_cast<unsigned>(tomorrow.dayOfWeek() % 7)},
                                     LocalSpan{std::chrono::hours{10}, std::chrono::hours{13}}}};
    std::optional<fitflow::Status> saved;
    availability.save(QString::fromStdString(kOrgNorth), window,
                      [&saved](fitflow::Status status) { saved = status; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 10000);
    QVERIFY(*saved);

    SessionDialog* dialog = openNewSession();
    QVERIFY(dialog);
    auto* location = dialog->findChild<QComboBox*>(QStringLiteral("sessionLocationCombo"));
    auto* start = dialog->findChild<QDateTimeEdit*>(QStringLiteral("sessionStartEdit"));
    auto* length = dialog->findChild<QSpinBox*>(QStringLiteral("sessionLengthSpin"));
    QVERIFY(location && start && length);
    QCOMPARE(location->currentData().toString(), QString::fromStdString(kLocationNorth));
    QCOMPARE(start->dateTime(), QDateTime(tomorrow, QTime(11, 30)));
    QCOMPARE(length->value(), 45);
    dialog->reject();
}

void TestNewSessionDefault::withoutAvailabilityStartsAtTheNextHourAtTheFirstLocation()
{
    QVERIFY(m_store->open());
    const QDateTime before = QDateTime::currentDateTimeUtc().toTimeZone(torontoZone());
    SessionDialog* dialog = openNewSession();
    QVERIFY(dialog);
    auto* location = dialog->findChild<QComboBox*>(QStringLiteral("sessionLocationCombo"));
    auto* start = dialog->findChild<QDateTimeEdit*>(QStringLiteral("sessionStartEdit"));
    QVERIFY(location && start);
    QCOMPARE(location->currentIndex(), 0);
    const QDateTime after = QDateTime::currentDateTimeUtc().toTimeZone(torontoZone());
    // The next whole hour (the clock may have passed an hour while the dialog opened).
    const QDateTime shown = start->dateTime();
    QCOMPARE(shown.time().minute(), 0);
    QVERIFY2(shown.time().hour() == (before.time().hour() + 1) % 24 ||
                 shown.time().hour() == (after.time().hour() + 1) % 24,
             qPrintable(shown.toString(Qt::ISODate)));
    dialog->reject();
}

QTEST_MAIN(TestNewSessionDefault)
#include "TestNewSessionDefault.moc"
