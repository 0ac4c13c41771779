// Availability in the calendar, against a real encrypted store: the trainer's weekly hours are
// saved through AvailabilityService (LocalChanges: row + outbox), the grid shades the time
// outside them (palette-derived, light and dark), and booking outside them warns in the
// Session dialog (naming the rule) without blocking. AvailabilityCheck's sentences for time
// off, a day without hours and extra hours, and a location without availability (no warning,
// no shading). The Availability dialog (Calendar ▸ Availability…, Ctrl+Alt+A): mistakes inline,
// Save only when valid, the saved lists read back; its models under QAbstractItemModelTester.

#include "desktop/core/calendar/AvailabilityBook.h"
#include "desktop/core/calendar/AvailabilityCheck.h"
#include "desktop/core/calendar/AvailabilityExceptionsModel.h"
#include "desktop/core/calendar/AvailabilityRulesModel.h"
#include "desktop/core/calendar/AvailabilityService.h"
#include "desktop/ui/calendar/AvailabilityAction.h"
#include "desktop/ui/calendar/AvailabilityDialog.h"
#include "desktop/ui/calendar/BookingFlow.h"
#include "desktop/ui/calendar/CalendarPage.h"
#include "desktop/ui/calendar/CalendarView.h"
#include "desktop/ui/calendar/SessionDialog.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/gui/calendar/CalendarTestStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace fitflow::desktop;
using namespace fitflow::desktop::testing;
using fitflow::scheduling::AvailabilityException;
using fitflow::scheduling::ExceptionKind;
using fitflow::scheduling::LocalSpan;
using fitflow::scheduling::WeeklyRule;
using std::chrono::hours;

namespace {

// A Wednesday well in the future, so no test depends on today's date.
const QDate kWednesday(2031, 6, 11);

fitflow::scheduling::Availability wednesdayMornings()
{
    fitflow::scheduling::Availability availability;
    availability.trainerId = kTrainerId;
    availability.locationId = kLocationNorth;
    availability.timeZone = kZone;
    availability.weeklyRules = {WeeklyRule{date::Wednesday, LocalSpan{hours{7}, hours{12}}}};
    return availability;
}

StoredAvailability stored(fitflow::scheduling::Availability availability)
{
    return {QStringLiteral("a1"), QString::fromStdString(kOrgNorth), kNorthName,
            QStringLiteral("Downtown"), std::move(availability)};
}

SessionDraft draftAt(int fromHour, int toHour, QDate day = kWednesday)
{
    SessionDraft draft;
    draft.orgId = QString::fromStdString(kOrgNorth);
    draft.locationId = QString::fromStdString(kLocationNorth);
    draft.timeZone = QString::fromLatin1(kZone);
    draft.start = torontoTime(day, fromHour);
    draft.end = torontoTime(day, toHour);
    return draft;
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::Base, QColor(20, 20, 20));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    return dark;
}

} // namespace

class TestCalendarAvailability : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void checkNamesTheRuleTimeOffAndMissingHours();
    void savedAvailabilityShadesTheGridInLightAndDarkPalettes();
    void bookingOutsideAvailabilityWarnsWithoutBlocking();
    void editorModelsPassTheModelTester();
    void editorShowsMistakesInlineAndSavesOnlyValidHours();

private:
    void saveAvailability(fitflow::scheduling::Availability availability);
    void openPage();
    SessionDialog* waitForDialog();

    std::unique_ptr<CalendarTestStore> m_store;
    std::unique_ptr<AvailabilityService> m_service;
    std::unique_ptr<CalendarPage> m_page;
};

void TestCalendarAvailability::init()
{
    m_store = std::make_unique<CalendarTestStore>();
    QVERIFY(m_store->seeded());
    QVERIFY(m_store->open());
    m_service = std::make_unique<AvailabilityService>(m_store->session(), &m_store->events());
}

void TestCalendarAvailability::cleanup()
{
    m_page.reset();
    m_service.reset();
    m_store.reset();
    AvailabilityBook::instance().set({});
}

void TestCalendarAvailability::saveAvailability(fitflow::scheduling::Availability availability)
{
    std::optional<fitflow::Status> saved;
    m_service->save(QString::fromStdString(kOrgNorth), std::move(availability),
                    [&saved](fitflow::Status status) { saved = status; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 10000);
    QVERIFY2(*saved, *saved ? "" : saved->error().message.c_str());
}

void TestCalendarAvailability::openPage()
{
    m_page = std::make_unique<CalendarPage>(m_store->context());
    m_page->setTimeZone(torontoZone());
    m_page->resize(1000, 700);
    QSignalSpy reloaded(m_page.get(), &CalendarPage::reloaded);
    m_page->showDay(kWednesday, CalendarSpan::Week);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(reloaded.wait(10000) || reloaded.count() > 0);
}

SessionDialog* TestCalendarAvailability::waitForDialog()
{
    return waitForSessionDialog(*m_page);
}

void TestCalendarAvailability::checkNamesTheRuleTimeOffAndMissingHours()
{
    const std::vector<StoredAvailability> records{stored(wednesdayMornings())};
    QVERIFY(!AvailabilityCheck::check(records, draftAt(8, 9)));
    QVERIFY(!AvailabilityCheck::check({}, draftAt(14, 15))); // nothing set: nothing to check

    const auto afternoon = AvailabilityCheck::check(records, draftAt(14, 15));
    QVERIFY(afternoon);
    QCOMPARE(AvailabilityCheck::describe(*afternoon),
             QStringLiteral("Outside your availability at Northside Fitness, Downtown on "
                            "Wednesdays (07:00–12:00)."));
    const auto thursday = AvailabilityCheck::check(records, draftAt(9, 10, kWednesday.addDays(1)));
    QVERIFY(thursday);
    QCOMPARE(thursday->reason, AvailabilityMiss::Reason::NoHoursThatDay);
    QVERIFY(
        AvailabilityCheck::describe(*thursday).contains(QLatin1String("no hours on Thursdays")));

    auto withTimeOff = wednesdayMornings();
    withTimeOff.exceptions = {AvailabilityException{date::year{2031} / date::June / 11,
                                                    ExceptionKind::Unavailable, std::nullopt}};
    const auto dayOff = AvailabilityCheck::check({stored(withTimeOff)}, draftAt(8, 9));
    QVERIFY(dayOff);
    QCOMPARE(dayOff->reason, AvailabilityMiss::Reason::TimeOff);
    QVERIFY2(AvailabilityCheck::describe(*dayOff).contains(QLatin1String("time off")),
             qPrintable(AvailabilityCheck::describe(*dayOff)));
    QVERIFY(AvailabilityCheck::describe(*dayOff).contains(QLatin1String("all day")));

    auto withExtra = wednesdayMornings();
    withExtra.exceptions = {AvailabilityException{date::year{2031} / date::June / 11,
                                                  ExceptionKind::ExtraAvailable,
                                                  LocalSpan{hours{18}, hours{20}}}};
    QVERIFY(!AvailabilityCheck::check({stored(withExtra)}, draftAt(18, 19)));
    const auto late = AvailabilityCheck::check({stored(withExtra)}, draftAt(20, 21));
    QVERIFY(late);
    QVERIFY2(AvailabilityCheck::describe(*late).contains(QStringLiteral("18:00–20:00")),
             qPrintable(AvailabilityCheck::describe(*late)));
}

void TestCalendarAvailability::savedAvailabilityShadesTheGridInLightAndDarkPalettes()
{
    openPage();
    auto* view = child<CalendarView>(m_page.get(), QStringLiteral("calendarView"));
    QVERIFY(view);
    QVERIFY(view->unavailableRuns(kWednesday).empty()); // no availability set: no shading

    saveAvailability(wednesdayMornings());
    QTRY_COMPARE_WITH_TIMEOUT(AvailabilityBook::instance().records().size(), std::size_t{1}, 10000);
    const std::vector<MinuteRun> expected{{0, 7 * 60}, {12 * 60, 24 * 60}};
    QCOMPARE(view->unavailableRuns(kWednesday), expected);
    QCOMPARE(view->unavailableRuns(kWednesday.addDays(1)), (std::vector<MinuteRun>{{0, 24 * 60}}));

    // The shade is drawn, and it follows the palette (dark themes included).
    for (const QPalette& palette : {QPalette(), darkPalette()}) {
        view->setPalette(palette);
        QCOMPARE(view->unavailableColour().rgb(), palette.color(QPalette::Text).rgb());
        const QImage image = view->grab().toImage();
        const QPoint morning = view->pointAt(torontoTime(kWednesday, 9));
        const QPoint evening = view->pointAt(torontoTime(kWednesday, 18));
        QVERIFY(!morning.isNull() && !evening.isNull());
        const QPoint inside(morning.x() + 20, morning.y() + 10); // between the hour lines
        const QPoint outside(evening.x() + 20, evening.y() + 10);
        QCOMPARE(image.pixelColor(inside).rgb(), palette.color(QPalette::Base).rgb());
        QVERIFY2(image.pixelColor(outside) != image.pixelColor(inside),
                 qPrintable(image.pixelColor(outside).name()));
    }
}

void TestCalendarAvailability::bookingOutsideAvailabilityWarnsWithoutBlocking()
{
    saveAvailability(wednesdayMornings());
    openPage();
    m_page->bookingFlow().bookAt(torontoTime(kWednesday, 14));
    SessionDialog* dialog = waitForDialog();
    QVERIFY(dialog);
    auto* location = child<QComboBox>(dialog, QStringLiteral("sessionLocationCombo"));
    location->setCurrentIndex(location->findData(QString::fromStdString(kLocationNorth)));
    auto* warning = child<QLabel>(dialog, QStringLiteral("conflictWarningLabel"));
    QVERIFY(warning);
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 10000);
    QVERIFY2(warning->text().contains(QStringLiteral(
                 "Outside your availability at Northside Fitness, Downtown on Wednesdays "
                 "(07:00–12:00).")),
             qPrintable(warning->text()));
    auto* save = child<QPushButton>(dialog, QStringLiteral("sessionSaveButton"));
    QCOMPARE(save->text(), QStringLiteral("Book anyway"));
    QVERIFY(save->isEnabled());
    // The other studio has no availability set: nothing to warn about there.
    location->setCurrentIndex(location->findData(QString::fromStdString(kLocationCoach)));
    QTRY_VERIFY_WITH_TIMEOUT(warning->isHidden(), 10000);
    dialog->reject();
}

void TestCalendarAvailability::editorModelsPassTheModelTester()
{
    AvailabilityRulesModel rules;
    QAbstractItemModelTester rulesTester(&rules,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    rules.setRules(wednesdayMornings().weeklyRules);
    QCOMPARE(rules.rowCount(), 1);
    QCOMPARE(rules.data(rules.index(0, AvailabilityRulesModel::ToColumn)).toString(),
             QStringLiteral("12:00"));
    const int added = rules.addSpan();
    QVERIFY(rules.setData(rules.index(added, AvailabilityRulesModel::DayColumn), 3));
    QVERIFY(!rules.setData(rules.index(added, AvailabilityRulesModel::DayColumn), 8));
    QVERIFY(rules.problem().contains(QLatin1String("row 2 overlaps")));
    QVERIFY(rules.removeRows(added, 1));
    QVERIFY(rules.problem().isEmpty());

    AvailabilityExceptionsModel exceptions;
    QAbstractItemModelTester exceptionsTester(
        &exceptions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = exceptions.addDayOff(kWednesday);
    QVERIFY(exceptions.setData(exceptions.index(row, AvailabilityExceptionsModel::WholeDayColumn),
                               Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(exceptions.setData(exceptions.index(row, AvailabilityExceptionsModel::FromColumn),
                               QTime(15, 0)));
    QVERIFY(exceptions.setData(exceptions.index(row, AvailabilityExceptionsModel::ToColumn),
                               QTime(14, 0)));
    QVERIFY(exceptions.problem().contains(QLatin1String("end must be after the start")));
    QVERIFY(exceptions.setData(exceptions.index(row, AvailabilityExceptionsModel::ToColumn),
                               QTime(0, 0))); // midnight: to the end of the day
    QVERIFY(exceptions.problem().isEmpty());
    QCOMPARE(exceptions.exceptions().front().span->end, std::chrono::minutes{24 * 60});
    QVERIFY(exceptions.removeRows(0, 1));
}

void TestCalendarAvailability::editorShowsMistakesInlineAndSavesOnlyValidHours()
{
    QWidget window;
    window.setObjectName(QStringLiteral("availabilityTestWindow"));
    AvailabilityAction action(*m_service, m_store->session(), &window);
    QCOMPARE(action.shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    QVERIFY(action.isEnabled());
    window.show();
    action.trigger();
    auto* dialog = child<AvailabilityDialog>(&window, QStringLiteral("availabilityDialog"));
    QVERIFY(dialog);
    auto* location = child<QComboBox>(dialog, QStringLiteral("availabilityLocationCombo"));
    QTRY_COMPARE_WITH_TIMEOUT(location->count(), 2, 10000);
    location->setCurrentIndex(location->findData(QString::fromStdString(kLocationNorth)));
    auto* problem = child<QLabel>(dialog, QStringLiteral("availabilityProblemLabel"));
    auto* save = child<QPushButton>(dialog, QStringLiteral("availabilitySaveButton"));
    QVERIFY(problem && save);

    // Two Wednesday spans that overlap: shown inline, nothing can be saved.
    auto* addSpan = child<QPushButton>(dialog, QStringLiteral("availabilityAddSpanButton"));
    AvailabilityRulesModel& rules = dialog->rulesModel();
    for (const auto& [from, to] : {std::pair{7, 12}, std::pair{11, 13}}) {
        QTest::mouseClick(addSpan, Qt::LeftButton);
        const int row = rules.rowCount() - 1;
        rules.setData(rules.index(row, AvailabilityRulesModel::DayColumn), 3);
        rules.setData(rules.index(row, AvailabilityRulesModel::FromColumn), QTime(from, 0));
        rules.setData(rules.index(row, AvailabilityRulesModel::ToColumn), QTime(to, 0));
    }
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("overlaps")), qPrintable(problem->text()));
    QVERIFY(!save->isEnabled());
    rules.setData(rules.index(1, AvailabilityRulesModel::FromColumn), QTime(12, 0));
    QVERIFY(problem->isHidden());
    QVERIFY(save->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("availabilityAddExceptionButton")),
                      Qt::LeftButton);
    dialog->exceptionsModel().setData(
        dialog->exceptionsModel().index(0, AvailabilityExceptionsModel::DateColumn),
        kWednesday.addDays(7));

    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!action.dialog(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(AvailabilityBook::instance().records().size(), std::size_t{1}, 10000);
    const auto& saved = AvailabilityBook::instance().records().front().availability;
    QCOMPARE(saved.locationId, kLocationNorth);
    QCOMPARE(saved.weeklyRules.size(), std::size_t{2});
    QCOMPARE(saved.exceptions.size(), std::size_t{1});
    // The week after, that Wednesday is time off.
    const auto dayOff = AvailabilityCheck::check(AvailabilityBook::instance().records(),
                                                 draftAt(8, 9, kWednesday.addDays(7)));
    QVERIFY(dayOff && dayOff->reason == AvailabilityMiss::Reason::TimeOff);
}

QTEST_MAIN(TestCalendarAvailability)
#include "TestCalendarAvailability.moc"
