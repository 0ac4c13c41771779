// The Calendar page against a real encrypted store seeded with two studios: sessions of both in
// one week, keyboard navigation (a window's Ctrl+1 still works from inside the page, another
// page's action on the day key loses), booking through the
// dialog, a conflict with the other studio inside the travel buffer shown before saving, drag to
// move and to resize, complete / late cancel with its fee, and the .ics export.

#include "desktop/core/ErrorText.h"
#include "desktop/core/calendar/CalendarService.h"
#include "desktop/core/calendar/SessionListModel.h"
#include "desktop/core/calendar/StudioColors.h"
#include "desktop/ui/calendar/BookingFlow.h"
#include "desktop/ui/calendar/CalendarPage.h"
#include "desktop/ui/calendar/CalendarView.h"
#include "desktop/ui/calendar/SessionDialog.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/gui/calendar/CalendarTestStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <memory>
#include <optional>

using namespace fitflow::desktop;
using namespace fitflow::desktop::testing;

namespace {

// A Wednesday well in the future, so no test depends on today's date.
const QDate kWednesday(2031, 6, 11);

CalendarPreferences testPreferences()
{
    CalendarPreferences preferences;
    preferences.travelBuffer = std::chrono::minutes{30};
    preferences.cancellation.lateWindow = std::chrono::hours{24};
    preferences.cancellation.lateFeeCents = 2500;
    return preferences;
}

} // namespace

class TestCalendarPage : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEveryStudioInOneWeekWithItsOwnColour();
    void modelPassesTheModelTester();
    void keyboardNavigatesDaysAndWeeks();
    void pageShortcutsWinOverTheWindowsWhileFocused();
    void bookingThroughTheDialogWritesASession();
    void bookingOnAPackageWarnsWhenNoCreditIsLeft();
    void conflictAtAnotherStudioInsideTheTravelBufferIsShownBeforeSaving();
    void weeklyRepeatBooksIndividualSessions();
    void dragMovesASession();
    void draggingTheBottomEdgeChangesTheLength();
    void completeThenCancelWithLateFee();
    void aSessionThatHasNotStartedCannotBeCompletedOrMarkedNoShow();
    void theServiceRefusesToCompleteBeforeTheStart();
    void exportWritesICalendarWithTimeZones();
    void exportShowsProgressAndAClearErrorOffTheUiThread();
    void theSelectedSessionsNoteOpens();

private:
    void openPage(QDate day, CalendarSpan span);
    SessionDialog* waitForDialog();
    QDateTime storedTime(const QString& id, const QString& column);

    std::unique_ptr<CalendarTestStore> m_store;
    std::unique_ptr<CalendarPage> m_page;
    QString m_northSession; // Wednesday 09:00-10:00 at Northside
    QString m_coachSession; // Wednesday 13:00-14:00 at Alex Coaching
    QString m_tenPackage;   // Ada's, 10 sessions, none booked
    QString m_usedPackage;  // Ada's, 1 session, booked by m_northSession
};

void TestCalendarPage::init()
{
    m_store = std::make_unique<CalendarTestStore>();
    QVERIFY(m_store->seeded());
    m_northSession = m_store->addSession(kOrgNorth, m_store->northClient(), kLocationNorth,
                                         torontoTime(kWednesday, 9), torontoTime(kWednesday, 10));
    m_coachSession = m_store->addSession(kOrgCoach, m_store->coachClient(), kLocationCoach,
                                         torontoTime(kWednesday, 13), torontoTime(kWednesday, 14));
    QVERIFY(!m_northSession.isEmpty() && !m_coachSession.isEmpty());
    // Ada's packages: ten sessions, and a single one already used by her Wednesday session.
    m_tenPackage = m_store->addPackage(kOrgNorth, m_store->northClient(), "Ten sessions", 10);
    m_usedPackage = m_store->addPackage(kOrgNorth, m_store->northClient(), "Single session", 1);
    QVERIFY(!m_tenPackage.isEmpty() && !m_usedPackage.isEmpty());
    QVERIFY(m_store->bookOnPackage(m_northSession, m_usedPackage));
    QVERIFY(m_store->open());
}

void TestCalendarPage::cleanup()
{
    m_page.reset();
    m_store.reset();
}

void TestCalendarPage::openPage(QDate day, CalendarSpan span)
{
    m_store->settings().setDefaultSessionMinutes(45);
    m_page = std::make_unique<CalendarPage>(m_store->context());
    m_page->setPreferences(testPreferences());
    m_page->setTimeZone(torontoZone());
    m_page->resize(1000, 700);
    QSignalSpy reloaded(m_page.get(), &CalendarPage::reloaded);
    m_page->showDay(day, span);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(reloaded.wait(10000) || reloaded.count() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model().rowCount() >= 2, 10000);
}

SessionDialog* TestCalendarPage::waitForDialog()
{
    return waitForSessionDialog(*m_page);
}

QDateTime TestCalendarPage::storedTime(const QString& id, const QString& column)
{
    return QDateTime::fromString(m_store->sessionField(id, column), Qt::ISODateWithMs);
}

void TestCalendarPage::showsEveryStudioInOneWeekWithItsOwnColour()
{
    openPage(kWednesday, CalendarSpan::Week);
    QCOMPARE(m_page->visibleRange().firstDay, kWednesday.addDays(-2)); // Monday
    QCOMPARE(m_page->visibleRange().dayCount, 7);
    QCOMPARE(m_page->model().rowCount(), 2);
    const QRect north = m_page->view().sessionRect(m_northSession);
    const QRect coach = m_page->view().sessionRect(m_coachSession);
    QVERIFY(!north.isEmpty() && !coach.isEmpty());
    QCOMPARE(north.left(), coach.left()); // same day column
    QVERIFY(coach.top() > north.bottom());
    const QColor northColour = m_page->model().index(0, 0).data(Qt::DecorationRole).value<QColor>();
    const QColor coachColour = m_page->model().index(1, 0).data(Qt::DecorationRole).value<QColor>();
    QVERIFY(northColour.isValid() && coachColour.isValid());
    QVERIFY(northColour != coachColour);
    // Stable across palettes' hue, readable on a dark palette.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    const StudioColors onDark = StudioColors::forStudio(QString::fromStdString(kOrgNorth), dark);
    QVERIFY(qAbs(onDark.text.lightness() - onDark.fill.lightness()) > 120);
    QCOMPARE(onDark.stripe.hslHue(), northColour.hslHue());
    // Every action is in the page's menu with its shortcut.
    auto* menu = child<QMenu>(m_page.get(), QStringLiteral("calendarMenu"));
    QVERIFY(menu);
    auto* dayAction = m_page->findChild<QAction*>(QStringLiteral("calendarDayAction"));
    QVERIFY(dayAction && menu->actions().contains(dayAction));
    QCOMPARE(dayAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    auto* weekAction = m_page->findChild<QAction*>(QStringLiteral("calendarWeekAction"));
    QVERIFY(weekAction && menu->actions().contains(weekAction));
    QCOMPARE(weekAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    auto* zoneLabel = child<QLabel>(m_page.get(), QStringLiteral("calendarTimeZoneLabel"));
    QVERIFY(zoneLabel && zoneLabel->text().contains(QLatin1String("America/Toronto")));
    m_page->grab().save(screenshotDirectory() + QStringLiteral("/calendar-week.png"));
}

void TestCalendarPage::modelPassesTheModelTester()
{
    openPage(kWednesday, CalendarSpan::Week);
    QAbstractItemModelTester tester(&m_page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->showDay(kWednesday.addDays(7), CalendarSpan::Week);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model().rowCount(), 0, 10000);
    m_page->showDay(kWednesday, CalendarSpan::Day);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model().rowCount(), 2, 10000);
    m_page->model().setTimeZone(QTimeZone::utc());
    QCOMPARE(m_page->model().index(0, SessionListModel::ClientColumn).data().toString(),
             QStringLiteral("Ada Lovelace"));
    QCOMPARE(m_page->model().index(1, SessionListModel::StudioColumn).data().toString(),
             kCoachName);
}

void TestCalendarPage::keyboardNavigatesDaysAndWeeks()
{
    openPage(kWednesday, CalendarSpan::Week);
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->view().setFocus();
    QTRY_VERIFY(m_page->view().hasFocus());
    QTest::keyClick(&m_page->view(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_page->span(), CalendarSpan::Day);
    QCOMPARE(m_page->visibleRange().firstDay, kWednesday);
    QTest::keyClick(&m_page->view(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_page->visibleRange().firstDay, kWednesday.addDays(1));
    QTest::keyClick(&m_page->view(), Qt::Key_Left, Qt::AltModifier);
    QTest::keyClick(&m_page->view(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_page->visibleRange().firstDay, kWednesday.addDays(-1));
    QTest::keyClick(&m_page->view(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_page->span(), CalendarSpan::Week);
    QCOMPARE(m_page->visibleRange().firstDay, kWednesday.addDays(-2));
    QTest::keyClick(&m_page->view(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_page->visibleRange().firstDay, kWednesday.addDays(5));
    QTest::keyClick(&m_page->view(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY(m_page->visibleRange().contains(QDate::currentDate()));
}

void TestCalendarPage::pageShortcutsWinOverTheWindowsWhileFocused()
{
    QMainWindow window;
    QAction pageSwitch(QStringLiteral("Show page 1"), &window);
    pageSwitch.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    window.addAction(&pageSwitch);
    QSignalSpy switched(&pageSwitch, &QAction::triggered);
    // Another page's action on the calendar's day key (Invoices uses Ctrl+Shift+D).
    QAction otherPage(QStringLiteral("Other page's action"), &window);
    otherPage.setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    window.addAction(&otherPage);
    QSignalSpy otherTriggered(&otherPage, &QAction::triggered);
    auto* page = new CalendarPage(m_store->context(), &window);
    page->setTimeZone(torontoZone());
    page->showDay(kWednesday, CalendarSpan::Week);
    window.setCentralWidget(page);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    page->view().setFocus();
    QTRY_VERIFY(page->view().hasFocus());
    QTest::keyClick(&page->view(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(page->span(), CalendarSpan::Day);
    QCOMPARE(otherTriggered.count(), 0);
    // Ctrl+1 is no longer the calendar's: the window's page key works from inside the page.
    QTest::keyClick(&page->view(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(switched.count(), 1);
    QCOMPARE(page->span(), CalendarSpan::Day);
}

void TestCalendarPage::bookingThroughTheDialogWritesASession()
{
    openPage(kWednesday, CalendarSpan::Week);
    // Double-click Thursday 16:00 in the grid.
    const QPoint target = m_page->view().pointAt(torontoTime(kWednesday.addDays(1), 16, 5));
    QTest::mouseDClick(&m_page->view(), Qt::LeftButton, {}, target);
    SessionDialog* dialog = waitForDialog();
    QVERIFY(dialog);
    auto* location = child<QComboBox>(dialog, QStringLiteral("sessionLocationCombo"));
    auto* client = child<QComboBox>(dialog, QStringLiteral("sessionClientCombo"));
    auto* length = child<QSpinBox>(dialog, QStringLiteral("sessionLengthSpin"));
    auto* start = child<QDateTimeEdit>(dialog, QStringLiteral("sessionStartEdit"));
    QVERIFY(location && client && length && start);
    QCOMPARE(length->value(), 45); // AppSettings::defaultSessionMinutes
    QCOMPARE(start->dateTime().time(), QTime(16, 0));
    location->setCurrentIndex(location->findData(QString::fromStdString(kLocationNorth)));
    QCOMPARE(client->count(), 1); // only Northside's clients
    QCOMPARE(client->currentData().toString(), m_store->northClient());
    length->setValue(60);
    auto* warning = child<QLabel>(dialog, QStringLiteral("conflictWarningLabel"));
    QTest::qWait(200);
    QVERIFY(warning && warning->isHidden());
    auto* save = child<QPushButton>(dialog, QStringLiteral("sessionSaveButton"));
    QVERIFY(save);
    QCOMPARE(save->text(), QStringLiteral("Book"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model().rowCount(), 3, 10000);
    const auto& sessions = m_page->model().sessions();
    const auto booked = std::find_if(sessions.begin(), sessions.end(), [&](const auto& row) {
        return row.id != m_northSession && row.id != m_coachSession;
    });
    QVERIFY(booked != sessions.end());
    QCOMPARE(storedTime(booked->id, QStringLiteral("starts_at")),
             torontoTime(kWednesday.addDays(1), 16));
    QCOMPARE(storedTime(booked->id, QStringLiteral("ends_at")),
             torontoTime(kWednesday.addDays(1), 17));
    QCOMPARE(m_store->sessionField(booked->id, QStringLiteral("trainer_id")),
             QString::fromStdString(kTrainerId));
    QCOMPARE(m_store->sessionField(booked->id, QStringLiteral("org_id")),
             QString::fromStdString(kOrgNorth));
}

void TestCalendarPage::bookingOnAPackageWarnsWhenNoCreditIsLeft()
{
    openPage(kWednesday, CalendarSpan::Week);
    const QPoint target = m_page->view().pointAt(torontoTime(kWednesday.addDays(1), 16, 5));
    QTest::mouseDClick(&m_page->view(), Qt::LeftButton, {}, target);
    SessionDialog* dialog = waitForDialog();
    QVERIFY(dialog);
    auto* location = child<QComboBox>(dialog, QStringLiteral("sessionLocationCombo"));
    auto* client = child<QComboBox>(dialog, QStringLiteral("sessionClientCombo"));
    auto* package = child<QComboBox>(dialog, QStringLiteral("sessionPackageCombo"));
    auto* warning = child<QLabel>(dialog, QStringLiteral("sessionPackageWarningLabel"));
    QVERIFY(location && client && package && warning);
    QVERIFY(!package->accessibleName().isEmpty());
    QVERIFY(package->focusPolicy() & Qt::TabFocus);
    // Reached by Tab from the client box.
    client->setFocus();
    QTRY_VERIFY(client->hasFocus());
    QTest::keyClick(client, Qt::Key_Tab);
    QTRY_VERIFY(package->hasFocus());

    // Coach's client has no package: only "no package".
    location->setCurrentIndex(location->findData(QString::fromStdString(kLocationCoach)));
    QTest::qWait(300);
    QCOMPARE(package->count(), 1);
    QVERIFY(package->currentData().toString().isEmpty());
    // Ada (Northside) has both packages, labelled with credits left.
    location->setCurrentIndex(location->findData(QString::fromStdString(kLocationNorth)));
    QTRY_COMPARE_WITH_TIMEOUT(package->count(), 3, 10000);
    QVERIFY(package->currentData().toString().isEmpty());
    QVERIFY(warning->isHidden());
    const int used = package->findData(m_usedPackage);
    const int ten = package->findData(m_tenPackage);
    QVERIFY(used > 0 && ten > 0);
    QVERIFY2(package->itemText(ten).contains(QLatin1String("Ten sessions")),
             qPrintable(package->itemText(ten)));
    package->setCurrentIndex(used);
    QVERIFY(!warning->isHidden());
    QVERIFY(!warning->text().isEmpty());
    package->setCurrentIndex(ten);
    QVERIFY(warning->isHidden());

    auto* save = child<QPushButton>(dialog, QStringLiteral("sessionSaveButton"));
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model().rowCount(), 3, 10000);
    const auto& sessions = m_page->model().sessions();
    const auto booked = std::find_if(sessions.begin(), sessions.end(), [&](const auto& row) {
        return row.id != m_northSession && row.id != m_coachSession;
    });
    QVERIFY(booked != sessions.end());
    QCOMPARE(m_store->sessionField(booked->id, QStringLiteral("package_id")), m_tenPackage);
}

void TestCalendarPage::conflictAtAnotherStudioInsideTheTravelBufferIsShownBeforeSaving()
{
    openPage(kWednesday, CalendarSpan::Week);
    // 14:10 at Northside: 10 minutes after the Alex Coaching session, buffer 30 minutes.
    m_page->bookingFlow().bookAt(torontoTime(kWednesday, 14, 10));
    SessionDialog* dialog = waitForDialog();
    QVERIFY(dialog);
    auto* location = child<QComboBox>(dialog, QStringLiteral("sessionLocationCombo"));
    auto* save = child<QPushButton>(dialog, QStringLiteral("sessionSaveButton"));
    QVERIFY(save);
    location->setCurrentIndex(location->findData(QString::fromStdString(kLocationNorth)));
    // Saving before the check of this draft answered (a quick Ctrl+N, Return) waits for it and,
    // as there is a conflict, books nothing: the dialog stays open showing it (walkthrough).
    QTest::mouseClick(save, Qt::LeftButton);
    auto* warning = child<QLabel>(dialog, QStringLiteral("conflictWarningLabel"));
    QVERIFY(warning);
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 10000);
    QVERIFY(dialog->isVisible()); // not accepted, so nothing was written
    QVERIFY2(warning->text().contains(kCoachName), qPrintable(warning->text()));
    QVERIFY(warning->text().contains(QLatin1String("Grace Hopper")));
    QVERIFY(warning->text().contains(QLatin1String("Only 10 min")));
    QVERIFY(warning->text().contains(QLatin1String("30 min")));
    QCOMPARE(save->text(), QStringLiteral("Book anyway"));
    // At the same location as that session no travel is needed: the warning goes away.
    location->setCurrentIndex(location->findData(QString::fromStdString(kLocationCoach)));
    QTRY_VERIFY_WITH_TIMEOUT(warning->isHidden(), 10000);
    QCOMPARE(save->text(), QStringLiteral("Book"));
    // Overlapping the session itself is a conflict again, whatever the location.
    auto* start = child<QDateTimeEdit>(dialog, QStringLiteral("sessionStartEdit"));
    start->setDateTime(QDateTime(kWednesday, QTime(13, 30)));
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 10000);
    QVERIFY2(warning->text().contains(QLatin1String("Overlaps by 30 min")),
             qPrintable(warning->text()));
    dialog->reject();
}

void TestCalendarPage::weeklyRepeatBooksIndividualSessions()
{
    openPage(kWednesday, CalendarSpan::Week);
    m_page->bookingFlow().bookAt(torontoTime(kWednesday, 7));
    SessionDialog* dialog = waitForDialog();
    QVERIFY(dialog);
    auto* repeat = child<QComboBox>(dialog, QStringLiteral("sessionRepeatCombo"));
    auto* count = child<QSpinBox>(dialog, QStringLiteral("sessionRepeatCountSpin"));
    repeat->setCurrentIndex(repeat->findData(static_cast<int>(RepeatKind::Weekly)));
    count->setValue(3);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("sessionSaveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model().rowCount(), 3, 10000);
    m_page->showDay(kWednesday.addDays(14), CalendarSpan::Day);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model().rowCount(), 1, 10000);
    QCOMPARE(m_page->model().sessions().front().start, torontoTime(kWednesday.addDays(14), 7));
    m_page->showDay(kWednesday.addDays(21), CalendarSpan::Day);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model().rowCount(), 0, 10000);
}

void TestCalendarPage::dragMovesASession()
{
    openPage(kWednesday, CalendarSpan::Week);
    CalendarView& view = m_page->view();
    const QRect block = view.sessionRect(m_northSession);
    const QPoint from = block.center();
    const int dayWidth = view.pointAt(torontoTime(kWednesday.addDays(1), 9)).x() -
                         view.pointAt(torontoTime(kWednesday, 9)).x();
    // One day later and two hours later.
    const QPoint to = from + QPoint(dayWidth, 2 * CalendarView::kHourHeight);
    QTest::mousePress(&view, Qt::LeftButton, {}, from);
    QTest::mouseMove(&view, from + QPoint(0, 10));
    QTest::mouseMove(&view, to);
    QTest::mouseRelease(&view, Qt::LeftButton, {}, to);
    QTRY_COMPARE_WITH_TIMEOUT(storedTime(m_northSession, QStringLiteral("starts_at")),
                              torontoTime(kWednesday.addDays(1), 11), 10000);
    QCOMPARE(storedTime(m_northSession, QStringLiteral("ends_at")),
             torontoTime(kWednesday.addDays(1), 12));
    auto* message = child<QLabel>(m_page.get(), QStringLiteral("calendarMessageLabel"));
    QTRY_COMPARE(message->text(), QStringLiteral("Session moved."));
    QTRY_COMPARE_WITH_TIMEOUT(view.sessionRect(m_northSession).left(), block.left() + dayWidth,
                              10000);
}

void TestCalendarPage::draggingTheBottomEdgeChangesTheLength()
{
    openPage(kWednesday, CalendarSpan::Week);
    CalendarView& view = m_page->view();
    const QRect block = view.sessionRect(m_coachSession);
    const QPoint grip(block.center().x(), block.bottom() - 2);
    const QPoint to = grip + QPoint(0, CalendarView::kHourHeight / 2); // +30 minutes
    QTest::mousePress(&view, Qt::LeftButton, {}, grip);
    QTest::mouseMove(&view, grip + QPoint(0, 8));
    QTest::mouseMove(&view, to);
    QTest::mouseRelease(&view, Qt::LeftButton, {}, to);
    QTRY_COMPARE_WITH_TIMEOUT(storedTime(m_coachSession, QStringLiteral("ends_at")),
                              torontoTime(kWednesday, 14, 30), 10000);
    QCOMPARE(storedTime(m_coachSession, QStringLiteral("starts_at")), torontoTime(kWednesday, 13));
}

void TestCalendarPage::completeThenCancelWithLateFee()
{
    openPage(kWednesday, CalendarSpan::Week);
    // Half an hour into the 09:00 session: it has started, so it can be completed.
    m_page->setClock(fixedClock(torontoTime(kWednesday, 9, 30)));
    CalendarView& view = m_page->view();
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.sessionRect(m_northSession).center());
    QCOMPARE(view.selectedSessionId(), m_northSession);
    auto* complete = m_page->findChild<QAction*>(QStringLiteral("calendarCompleteAction"));
    auto* cancel = m_page->findChild<QAction*>(QStringLiteral("calendarCancelAction"));
    QVERIFY(complete && cancel && complete->isEnabled());
    complete->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->sessionField(m_northSession, QStringLiteral("status")),
                              QStringLiteral("completed"), 10000);
    // The state machine: a completed session cannot be cancelled without reopening.
    QTRY_VERIFY_WITH_TIMEOUT(!cancel->isEnabled(), 10000);
    // The late fee below is for a session two hours from the real now.
    m_page->setClock(systemPhysicalClock());

    // A session starting in two hours: cancelling now is late and costs the policy's fee.
    const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(2 * 60 * 60);
    QString soonId;
    {
        // Booked through the page's own flow, so it is written like any user booking.
        m_page->bookingFlow().bookAt(soon);
        SessionDialog* dialog = waitForDialog();
        QVERIFY(dialog);
        auto* location = child<QComboBox>(dialog, QStringLiteral("sessionLocationCombo"));
        location->setCurrentIndex(location->findData(QString::fromStdString(kLocationCoach)));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("sessionSaveButton")),
                          Qt::LeftButton);
    }
    m_page->showDay(soon.toTimeZone(torontoZone()).date(), CalendarSpan::Day);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const auto& row : m_page->model().sessions()) {
                if (row.clientName == QLatin1String("Grace Hopper") &&
                    row.status == QLatin1String("scheduled") && qAbs(row.start.secsTo(soon)) < 60) {
                    soonId = row.id;
                }
            }
            return !soonId.isEmpty();
        }(),
        10000);
    view.selectSession(soonId);
    QVERIFY(cancel->isEnabled());
    cancel->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = m_page->findChild<QMessageBox*>(QStringLiteral("cancelSessionBox"))) != nullptr,
        10000);
    QVERIFY2(box->text().contains(QLatin1String("late cancellation")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QLatin1String("$25.00")), qPrintable(box->text()));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->sessionField(soonId, QStringLiteral("status")),
                              QStringLiteral("cancelled"), 10000);
}

void TestCalendarPage::aSessionThatHasNotStartedCannotBeCompletedOrMarkedNoShow()
{
    openPage(kWednesday, CalendarSpan::Week);
    m_page->setClock(fixedClock(torontoTime(kWednesday, 8, 50))); // ten minutes before 09:00
    CalendarView& view = m_page->view();
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.sessionRect(m_northSession).center());
    QCOMPARE(view.selectedSessionId(), m_northSession);
    auto* complete = m_page->findChild<QAction*>(QStringLiteral("calendarCompleteAction"));
    auto* noShow = m_page->findChild<QAction*>(QStringLiteral("calendarNoShowAction"));
    auto* cancel = m_page->findChild<QAction*>(QStringLiteral("calendarCancelAction"));
    QVERIFY(complete && noShow && cancel);
    QVERIFY(!complete->isEnabled());
    QVERIFY(!noShow->isEnabled());
    QVERIFY(cancel->isEnabled()); // cancelling ahead stays allowed
    const QString startText = QLocale().toString(
        torontoTime(kWednesday, 9).toTimeZone(torontoZone()), QLocale::ShortFormat);
    for (QAction* action : {complete, noShow}) {
        QVERIFY2(action->toolTip().contains(QStringLiteral("has started")) &&
                     action->toolTip().contains(startText),
                 qPrintable(action->toolTip()));
        QCOMPARE(action->statusTip(), action->toolTip());
    }
    // Said on the page too: a keyboard user never hovers the disabled menu entries.
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("calendarMessageLabel"))->text(),
             complete->statusTip());
    // The shortcuts do nothing while the actions are disabled.
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(&view, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_store->sessionField(m_northSession, QStringLiteral("status")),
             QStringLiteral("scheduled"));

    // Ten minutes in, the client has not come: No-show is offered with its own tip again.
    m_page->setClock(fixedClock(torontoTime(kWednesday, 9, 10)));
    QVERIFY(complete->isEnabled() && noShow->isEnabled());
    QCOMPARE(noShow->statusTip(), QStringLiteral("Mark that the client did not come"));
    noShow->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->sessionField(m_northSession, QStringLiteral("status")),
                              QStringLiteral("no_show"), 10000);
}

void TestCalendarPage::theServiceRefusesToCompleteBeforeTheStart()
{
    CalendarService service(m_store->session(), &m_store->events());
    service.setClock(fixedClock(torontoTime(kWednesday, 8, 59)));
    std::optional<fitflow::Result<QString>> answer;
    service.applyAction(m_northSession, fitflow::scheduling::SessionAction::Complete,
                        [&answer](fitflow::Result<QString> status) { answer = status; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    QVERIFY(!answer->ok());
    QCOMPARE(answer->error().code, std::string("session_not_started"));
    QVERIFY(ErrorText::forError(answer->error()).contains(QStringLiteral("not started")));
    QCOMPARE(m_store->sessionField(m_northSession, QStringLiteral("status")),
             QStringLiteral("scheduled"));

    // Cancelling ahead is allowed; so is completing from the first second of the session.
    answer.reset();
    service.applyAction(m_coachSession, fitflow::scheduling::SessionAction::Cancel,
                        [&answer](fitflow::Result<QString> status) { answer = status; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    QVERIFY(answer->ok());
    service.setClock(fixedClock(torontoTime(kWednesday, 9)));
    answer.reset();
    service.applyAction(m_northSession, fitflow::scheduling::SessionAction::Complete,
                        [&answer](fitflow::Result<QString> status) { answer = status; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    QVERIFY2(answer->ok(), answer->ok() ? "" : answer->error().message.c_str());
    QCOMPARE(**answer, QStringLiteral("completed"));
}

void TestCalendarPage::exportWritesICalendarWithTimeZones()
{
    openPage(kWednesday, CalendarSpan::Week);
    const QString path = QDir(screenshotDirectory()).absoluteFilePath(QStringLiteral("export.ics"));
    QFile::remove(path);
    QSignalSpy finished(m_page.get(), &CalendarPage::exportFinished);
    m_page->exportTo(path, CalendarPage::ExportScope::VisibleRange);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.at(0).at(0).toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QLatin1String("BEGIN:VCALENDAR\r\n")));
    QVERIFY(text.contains(QStringLiteral("UID:%1@fitflow").arg(m_northSession)));
    QVERIFY(text.contains(QStringLiteral("UID:%1@fitflow").arg(m_coachSession)));
    QVERIFY2(text.contains(QLatin1String("DTSTART;TZID=America/Toronto:20310611T090000")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("DTSTART;TZID=America/Toronto:20310611T130000")));
    QVERIFY(text.contains(QLatin1String("BEGIN:VTIMEZONE\r\nTZID:America/Toronto")));
    QVERIFY(text.contains(QLatin1String("LOCATION:Northside Fitness\\, Downtown")));
    QVERIFY(text.contains(QLatin1String("SUMMARY:Personal training: Ada Lovelace")));
    // Outside the shown week nothing is exported.
    m_page->showDay(kWednesday.addDays(14), CalendarSpan::Week);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model().rowCount(), 0, 10000);
    m_page->exportTo(path, CalendarPage::ExportScope::VisibleRange);
    QVERIFY(finished.wait(10000));
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QVERIFY(!again.readAll().contains("BEGIN:VEVENT"));
    // "Everything" ignores the shown range.
    m_page->exportTo(path, CalendarPage::ExportScope::Everything);
    QVERIFY(finished.wait(10000));
    QFile all(path);
    QVERIFY(all.open(QIODevice::ReadOnly));
    QCOMPARE(all.readAll().count("BEGIN:VEVENT"), 2);
}

void TestCalendarPage::exportShowsProgressAndAClearErrorOffTheUiThread()
{
    openPage(kWednesday, CalendarSpan::Week);
    auto* progress = child<QProgressBar>(m_page.get(), QStringLiteral("calendarExportProgress"));
    QVERIFY(progress);
    QVERIFY(!progress->accessibleName().isEmpty());
    QVERIFY(progress->isHidden());
    auto* exportAll = m_page->findChild<QAction*>(QStringLiteral("calendarExportAllAction"));
    QVERIFY(exportAll && exportAll->isEnabled());
    auto* message = child<QLabel>(m_page.get(), QStringLiteral("calendarMessageLabel"));
    QVERIFY(message);

    // A folder that does not exist: the write fails on the worker and the page says so.
    const QString bad = QDir(screenshotDirectory())
                            .absoluteFilePath(QStringLiteral("no-such-folder/sub/export.ics"));
    QSignalSpy finished(m_page.get(), &CalendarPage::exportFinished);
    m_page->exportTo(bad, CalendarPage::ExportScope::Everything);
    // While it runs: busy bar shown, export actions off (nothing was written synchronously).
    QVERIFY(finished.isEmpty());
    QVERIFY(!progress->isHidden());
    QVERIFY(!exportAll->isEnabled());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(progress->isHidden());
    QVERIFY(exportAll->isEnabled());
    QVERIFY2(message->text().contains(QDir::toNativeSeparators(bad)), qPrintable(message->text()));
    QVERIFY(message->text().startsWith(QLatin1String("Could not export")));

    // Then a good export from the same page works and reports the count.
    const QString good = QDir(screenshotDirectory()).absoluteFilePath(QStringLiteral("all.ics"));
    QFile::remove(good);
    m_page->exportTo(good, CalendarPage::ExportScope::Everything);
    QVERIFY(!progress->isHidden());
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.at(1).at(0).toBool());
    QVERIFY(progress->isHidden());
    QVERIFY2(message->text().contains(QLatin1String(": 2.")), qPrintable(message->text()));
    QFile all(good);
    QVERIFY(all.open(QIODevice::ReadOnly));
    QCOMPARE(all.readAll().count("BEGIN:VEVENT"), 2);
}

void TestCalendarPage::theSelectedSessionsNoteOpens()
{
    openPage(kWednesday, CalendarSpan::Week);
    auto* note = m_page->findChild<QAction*>(QStringLiteral("calendarNoteAction"));
    QVERIFY(note && !note->isEnabled());
    m_page->view().selectSession(m_coachSession);
    QVERIFY(note->isEnabled());
    note->trigger();
    QDialog* editor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (editor = m_page->findChild<QDialog*>(QStringLiteral("noteEditorDialog"))) != nullptr &&
            editor->isVisible(),
        10000);
    editor->close();
}

QTEST_MAIN(TestCalendarPage)
#include "TestCalendarPage.moc"
