// The calendar's services without widgets: visible ranges across DST, conflict warnings (other
// studios, travel buffer, other trainers, cancelled sessions), series expansion into individual
// sessions, preferences read from settings, the cancellation notice and the studio colours.

#include "desktop/core/calendar/CalendarPreferences.h"
#include "desktop/core/calendar/CancellationNotice.h"
#include "desktop/core/calendar/ConflictWarnings.h"
#include "desktop/core/calendar/MoneyText.h"
#include "desktop/core/calendar/SeriesPlan.h"
#include "desktop/core/calendar/SessionListModel.h"
#include "desktop/core/calendar/StudioColors.h"
#include "desktop/core/calendar/VisibleRange.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace fitflow::desktop;

namespace {

const QTimeZone kToronto("America/Toronto");
const QString kTrainer = QStringLiteral("trainer-1");

QDateTime toronto(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), kToronto).toUTC();
}

BookedSession booked(const QString& id, const QString& orgId, const QString& locationId,
                     const QDateTime& start, const QDateTime& end,
                     const QString& status = QStringLiteral("scheduled"))
{
    BookedSession row;
    row.id = id;
    row.orgId = orgId;
    row.orgName =
        orgId == QLatin1String("org-a") ? QStringLiteral("Northside") : QStringLiteral("Coaching");
    row.locationId = locationId;
    row.locationName = QStringLiteral("Room ") + locationId;
    row.clientName = QStringLiteral("Client ") + id;
    row.timeZone = QStringLiteral("America/Toronto");
    row.trainerId = kTrainer;
    row.status = status;
    row.start = start;
    row.end = end;
    return row;
}

SessionDraft draftAt(const QString& locationId, const QDateTime& start, const QDateTime& end)
{
    return {QString(),
            QStringLiteral("org-a"),
            QStringLiteral("client"),
            locationId,
            QStringLiteral("America/Toronto"),
            start,
            end,
            QString()};
}

} // namespace

class TestCalendarCore : public QObject {
    Q_OBJECT

private slots:
    void weekStartsOnMondayAndStepsByTheSpan();
    void rangeBoundsFollowTheZoneAcrossDst();
    void conflictsIncludeOtherStudiosAndTheTravelBuffer();
    void conflictsIgnoreOtherTrainersCancelledSessionsAndTheSessionItself();
    void conflictWithAnEmptyIntervalIsAnError();
    void weeklySeriesKeepsItsWallClockAcrossDst();
    void seriesMustBeBoundedAndSmall();
    void preferencesFallBackOnBadValuesAndRoundTrip();
    void cancellationNoticeNamesTheFee();
    void studioColoursAreStableAndReadable();
    void sessionListModelPassesTheTester();
};

void TestCalendarCore::weekStartsOnMondayAndStepsByTheSpan()
{
    const QDate sunday(2026, 3, 8);
    const VisibleRange week = VisibleRange::around(sunday, CalendarSpan::Week);
    QCOMPARE(week.firstDay, QDate(2026, 3, 2));
    QCOMPARE(week.lastDay(), sunday);
    QVERIFY(week.contains(sunday) && !week.contains(sunday.addDays(1)));
    QCOMPARE(VisibleRange::around(sunday, CalendarSpan::Day).dayCount, 1);
    QCOMPARE(VisibleRange::step(sunday, CalendarSpan::Week, 1), sunday.addDays(7));
    QCOMPARE(VisibleRange::step(sunday, CalendarSpan::Day, -1), sunday.addDays(-1));
}

void TestCalendarCore::rangeBoundsFollowTheZoneAcrossDst()
{
    // 2026-03-08 is 23 hours long in Toronto (clocks spring forward).
    const VisibleRange day = VisibleRange::around(QDate(2026, 3, 8), CalendarSpan::Day);
    QCOMPARE(day.startUtc(kToronto), QDateTime(QDate(2026, 3, 8), QTime(5, 0), QTimeZone::utc()));
    QCOMPARE(day.startUtc(kToronto).secsTo(day.endUtc(kToronto)), 23 * 3600);
}

void TestCalendarCore::conflictsIncludeOtherStudiosAndTheTravelBuffer()
{
    const QDate day(2026, 5, 6);
    const std::vector<BookedSession> existing{
        booked(QStringLiteral("s1"), QStringLiteral("org-b"), QStringLiteral("loc-b"),
               toronto(day, 9), toronto(day, 10)),
        booked(QStringLiteral("s2"), QStringLiteral("org-a"), QStringLiteral("loc-a"),
               toronto(day, 12), toronto(day, 13)),
    };
    // 10:10 at loc-a: only 10 minutes after the other studio's session at loc-b.
    auto warnings = ConflictWarnings::find(
        existing, draftAt(QStringLiteral("loc-a"), toronto(day, 10, 10), toronto(day, 11)),
        kTrainer, std::chrono::minutes{15});
    QVERIFY(warnings);
    QCOMPARE(warnings->size(), std::size_t{1});
    QCOMPARE(warnings->front().conflict.kind, fitflow::scheduling::ConflictKind::TravelBuffer);
    QCOMPARE(warnings->front().existing.id, QStringLiteral("s1"));
    const QString text =
        ConflictWarnings::describe(warnings->front(), kToronto, std::chrono::minutes{15});
    QVERIFY2(text.contains(QLatin1String("Only 10 min")) &&
                 text.contains(QLatin1String("Coaching")) && text.contains(QLatin1String("15 min")),
             qPrintable(text));
    // The same time at the other session's own location needs no travel.
    auto sameLocation = ConflictWarnings::find(
        existing, draftAt(QStringLiteral("loc-b"), toronto(day, 10, 10), toronto(day, 11)),
        kTrainer, std::chrono::minutes{15});
    QVERIFY(sameLocation && sameLocation->empty());
    // 12:30 overlaps s2 by 30 minutes.
    auto overlap = ConflictWarnings::find(
        existing, draftAt(QStringLiteral("loc-a"), toronto(day, 12, 30), toronto(day, 13, 30)),
        kTrainer, std::chrono::minutes{15});
    QVERIFY(overlap);
    QCOMPARE(overlap->size(), std::size_t{1});
    QCOMPARE(overlap->front().conflict.kind, fitflow::scheduling::ConflictKind::Overlap);
    QCOMPARE(overlap->front().conflict.amount, std::chrono::minutes{30});
}

void TestCalendarCore::conflictsIgnoreOtherTrainersCancelledSessionsAndTheSessionItself()
{
    const QDate day(2026, 5, 6);
    BookedSession otherTrainer = booked(QStringLiteral("s1"), QStringLiteral("org-b"),
                                        QStringLiteral("loc-b"), toronto(day, 9), toronto(day, 10));
    otherTrainer.trainerId = QStringLiteral("trainer-2");
    const std::vector<BookedSession> existing{
        otherTrainer,
        booked(QStringLiteral("s2"), QStringLiteral("org-a"), QStringLiteral("loc-a"),
               toronto(day, 9), toronto(day, 10), QStringLiteral("cancelled")),
        booked(QStringLiteral("s3"), QStringLiteral("org-a"), QStringLiteral("loc-a"),
               toronto(day, 9), toronto(day, 10)),
    };
    SessionDraft move = draftAt(QStringLiteral("loc-a"), toronto(day, 9, 30), toronto(day, 10, 30));
    move.id = QStringLiteral("s3"); // rescheduling s3 itself
    auto warnings = ConflictWarnings::find(existing, move, kTrainer, std::chrono::minutes{15});
    QVERIFY(warnings);
    QVERIFY(warnings->empty());
    move.id.clear();
    auto asNew = ConflictWarnings::find(existing, move, kTrainer, std::chrono::minutes{15});
    QVERIFY(asNew);
    QCOMPARE(asNew->size(), std::size_t{1});
    QCOMPARE(asNew->front().existing.id, QStringLiteral("s3"));
}

void TestCalendarCore::conflictWithAnEmptyIntervalIsAnError()
{
    const QDate day(2026, 5, 6);
    auto result = ConflictWarnings::find(
        {}, draftAt(QStringLiteral("loc-a"), toronto(day, 10), toronto(day, 10)), kTrainer,
        std::chrono::minutes{15});
    QVERIFY(!result);
    QCOMPARE(QString::fromStdString(result.error().code), QStringLiteral("invalid_interval"));
}

void TestCalendarCore::weeklySeriesKeepsItsWallClockAcrossDst()
{
    // Mondays at 07:00 from 2026-02-23 over the 2026-03-08 change.
    const QDateTime first = toronto(QDate(2026, 2, 23), 7);
    auto times = SeriesPlan::expand(SeriesPlan::ruleText(RepeatKind::Weekly, 4), first,
                                    std::chrono::minutes{45}, QStringLiteral("America/Toronto"));
    QVERIFY(times);
    QCOMPARE(times->size(), std::size_t{4});
    for (std::size_t i = 0; i < times->size(); ++i) {
        const QDateTime start = fromSysSeconds(times->at(i).start).toTimeZone(kToronto);
        QCOMPARE(start.date(), QDate(2026, 2, 23).addDays(7 * static_cast<int>(i)));
        QCOMPARE(start.time(), QTime(7, 0));
        QCOMPARE(times->at(i).length(), std::chrono::seconds{45 * 60});
    }
    auto fortnightly =
        SeriesPlan::expand(SeriesPlan::ruleText(RepeatKind::EveryTwoWeeks, 2), first,
                           std::chrono::minutes{45}, QStringLiteral("America/Toronto"));
    QVERIFY(fortnightly);
    QCOMPARE(fromSysSeconds(fortnightly->back().start).toTimeZone(kToronto).date(),
             QDate(2026, 3, 9));
}

void TestCalendarCore::seriesMustBeBoundedAndSmall()
{
    const QDateTime first = toronto(QDate(2026, 2, 23), 7);
    const auto codeOf = [&](const QString& rule) {
        auto times = SeriesPlan::expand(rule, first, std::chrono::minutes{60},
                                        QStringLiteral("America/Toronto"));
        return times ? QString() : QString::fromStdString(times.error().code);
    };
    QCOMPARE(codeOf(QStringLiteral("FREQ=WEEKLY")), QStringLiteral("series_unbounded"));
    QCOMPARE(codeOf(QStringLiteral("FREQ=DAILY;COUNT=500")), QStringLiteral("too_many_sessions"));
    QCOMPARE(codeOf(QStringLiteral("FREQ=WEEKLY;BYMONTH=3;COUNT=2")),
             QStringLiteral("rrule_unknown_part"));
    QVERIFY(SeriesPlan::ruleText(RepeatKind::None, 5).isEmpty());
    auto badZone = SeriesPlan::expand(QStringLiteral("FREQ=DAILY;COUNT=2"), first,
                                      std::chrono::minutes{60}, QStringLiteral("Mars/Olympus"));
    QVERIFY(!badZone);
    QCOMPARE(QString::fromStdString(badZone.error().code), QStringLiteral("unknown_time_zone"));
}

void TestCalendarCore::preferencesFallBackOnBadValuesAndRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("calendar/travelBufferMinutes"), QStringLiteral("lots"));
    settings.setValue(QStringLiteral("calendar/lateCancellationWindowMinutes"), -5);
    settings.setValue(QStringLiteral("calendar/lateCancellationFeeCents"), 1999);
    const CalendarPreferences read = CalendarPreferences::fromSettings(settings);
    QCOMPARE(read.travelBuffer, std::chrono::minutes{15});
    QCOMPARE(read.cancellation.lateWindow, std::chrono::minutes{24 * 60});
    QCOMPARE(read.cancellation.lateFeeCents, std::int64_t{1999});
    CalendarPreferences changed;
    changed.travelBuffer = std::chrono::minutes{40};
    changed.cancellation.lateWindow = std::chrono::minutes{12 * 60};
    changed.cancellation.lateFeeCents = 3000;
    changed.saveTo(settings);
    const CalendarPreferences again = CalendarPreferences::fromSettings(settings);
    QCOMPARE(again.travelBuffer, changed.travelBuffer);
    QCOMPARE(again.cancellation.lateWindow, changed.cancellation.lateWindow);
    QCOMPARE(again.cancellation.lateFeeCents, changed.cancellation.lateFeeCents);
}

void TestCalendarCore::cancellationNoticeNamesTheFee()
{
    const fitflow::scheduling::CancellationPolicy policy{std::chrono::hours{24}, 2505};
    const QDateTime start = toronto(QDate(2026, 5, 6), 10);
    auto late = CancellationNotice::assess(policy, start, start.addSecs(-3600));
    QVERIFY(late && late->late);
    QCOMPARE(late->feeCents, std::int64_t{2505});
    QVERIFY(CancellationNotice::text(*late).contains(QLatin1String("$25.05")));
    auto inTime = CancellationNotice::assess(policy, start, start.addSecs(-24 * 3600));
    QVERIFY(inTime && !inTime->late);
    QVERIFY(CancellationNotice::text(*inTime).contains(QLatin1String("no fee")));
    QCOMPARE(MoneyText::fromCents(7), QStringLiteral("$0.07"));
    QCOMPARE(MoneyText::fromCents(-123456), QStringLiteral("-$1,234.56"));
    auto invalid = CancellationNotice::assess({std::chrono::hours{24}, -1}, start, start);
    QVERIFY(!invalid);
    QCOMPARE(QString::fromStdString(invalid.error().code), QStringLiteral("invalid_policy"));
}

void TestCalendarCore::studioColoursAreStableAndReadable()
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(240, 240, 240));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(32, 32, 32));
    const QString north = QStringLiteral("01900000-0000-7000-8000-0000000000a1");
    const QString coach = QStringLiteral("01900000-0000-7000-8000-0000000000b1");
    QCOMPARE(StudioColors::forStudio(north, light).fill,
             StudioColors::forStudio(north, light).fill);
    QVERIFY(StudioColors::forStudio(north, light).stripe.hslHue() !=
            StudioColors::forStudio(coach, light).stripe.hslHue());
    QVERIFY(!StudioColors::isDark(light) && StudioColors::isDark(dark));
    for (const QPalette& palette : {light, dark}) {
        const StudioColors colours = StudioColors::forStudio(coach, palette);
        QVERIFY(qAbs(colours.text.lightness() - colours.fill.lightness()) > 120);
    }
    // The hue identifies the studio in both themes.
    QCOMPARE(StudioColors::forStudio(north, dark).stripe.hslHue(),
             StudioColors::forStudio(north, light).stripe.hslHue());
}

void TestCalendarCore::sessionListModelPassesTheTester()
{
    SessionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDate day(2026, 5, 6);
    model.setSessions({booked(QStringLiteral("s1"), QStringLiteral("org-a"), QStringLiteral("a"),
                              toronto(day, 9), toronto(day, 10)),
                       booked(QStringLiteral("s2"), QStringLiteral("org-b"), QStringLiteral("b"),
                              toronto(day, 11), toronto(day, 12), QStringLiteral("no_show"))});
    model.setTimeZone(kToronto);
    model.setPalette(QPalette());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(SessionListModel::ColumnCount));
    QVERIFY(model.index(0, SessionListModel::WhenColumn)
                .data()
                .toString()
                .contains(QStringLiteral("09:00–10:00")));
    QCOMPARE(model.index(1, SessionListModel::StatusColumn).data().toString(),
             QStringLiteral("No-show"));
    QCOMPARE(model.index(1, 0).data(SessionListModel::IdRole).toString(), QStringLiteral("s2"));
    QCOMPARE(model.session(QStringLiteral("s2"))->status, QStringLiteral("no_show"));
    QVERIFY(model.session(QStringLiteral("missing")) == nullptr);
    model.setSessions({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestCalendarCore)
#include "TestCalendarCore.moc"
