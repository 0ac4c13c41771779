// Recurring series in the Calendar page against a real encrypted store: a weekly repeat becomes
// one synced "series" row plus a session per occurrence; changing, dragging or deleting an
// occurrence asks "this one / this and following / all" (answered from the keyboard) and each
// answer writes what it promises.

#include "desktop/core/calendar/SessionListModel.h"
#include "desktop/ui/calendar/BookingFlow.h"
#include "desktop/ui/calendar/CalendarPage.h"
#include "desktop/ui/calendar/SeriesScopeDialog.h"
#include "desktop/ui/calendar/SessionDialog.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/gui/calendar/CalendarTestStore.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace fitflow::desktop;
using namespace fitflow::desktop::testing;

namespace {

// A Monday well in the future, so "now" is before every occurrence.
const QDate kMonday(2031, 6, 9);

} // namespace

class TestCalendarSeries : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void weeklyRepeatIsOneSeriesOfSessions();
    void changeThisOneDetachesTheSession();
    void changeThisAndFollowingSplitsTheSeries();
    void changeAllMovesEveryFutureSessionKeepingIds();
    void dragAsksTheSameQuestion();
    void deleteThisOneAndAll();
    void cancellingTheQuestionWritesNothing();

private:
    void bookFourMondays();
    SeriesScopeDialog* waitForScopeDialog();
    void answer(Qt::Key mnemonic);
    QStringList column(const QString& sql, const QString& value = {});
    QStringList liveSessionStarts(const QString& seriesId);
    BookedSession occurrence(int week);
    void editStart(const BookedSession& session, int hour);

    std::unique_ptr<CalendarTestStore> m_store;
    std::unique_ptr<CalendarPage> m_page;
    QString m_seriesId;
};

void TestCalendarSeries::init()
{
    m_store = std::make_unique<CalendarTestStore>();
    QVERIFY(m_store->seeded());
    QVERIFY(m_store->open());
    m_page = std::make_unique<CalendarPage>(m_store->context());
    m_page->setTimeZone(torontoZone());
    m_page->resize(1000, 700);
    m_page->showDay(kMonday, CalendarSpan::Week);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    bookFourMondays();
}

void TestCalendarSeries::cleanup()
{
    m_page.reset();
    m_store.reset();
}

QStringList TestCalendarSeries::column(const QString& sql, const QString& value)
{
    std::optional<QStringList> answer;
    m_store->session().runOnStore<QStringList>(
        &m_store->events(),
        [sql, value](LocalStore* store) {
            QSqlQuery query(store->database());
            query.prepare(sql);
            if (!value.isNull()) {
                query.addBindValue(value);
            }
            QStringList rows;
            if (query.exec()) {
                while (query.next()) {
                    rows << query.value(0).toString();
                }
            }
            return rows;
        },
        [&answer](QStringList rows) { answer = rows; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000)) {
        qWarning("the store did not answer");
    }
    return answer.value_or(QStringList());
}

QStringList TestCalendarSeries::liveSessionStarts(const QString& seriesId)
{
    return column(QStringLiteral("SELECT starts_at FROM sessions WHERE series_id = ?"
                                 " AND is_deleted = 0 ORDER BY starts_at"),
                  seriesId);
}

void TestCalendarSeries::bookFourMondays()
{
    m_page->bookingFlow().bookAt(torontoTime(kMonday, 7));
    SessionDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = m_page->findChild<SessionDialog*>(QStringLiteral("sessionDialog"))) &&
            dialog->isVisible(),
        10000);
    auto* location = child<QComboBox>(dialog, QStringLiteral("sessionLocationCombo"));
    location->setCurrentIndex(location->findData(QString::fromStdString(kLocationNorth)));
    auto* repeat = child<QComboBox>(dialog, QStringLiteral("sessionRepeatCombo"));
    repeat->setCurrentIndex(repeat->findData(static_cast<int>(RepeatKind::Weekly)));
    child<QSpinBox>(dialog, QStringLiteral("sessionRepeatCountSpin"))->setValue(4);
    child<QSpinBox>(dialog, QStringLiteral("sessionLengthSpin"))->setValue(60);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("sessionSaveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        column(QStringLiteral("SELECT id FROM session_series WHERE is_deleted = 0")).size(), 1,
        10000);
    m_seriesId = column(QStringLiteral("SELECT id FROM session_series")).front();
    QTRY_COMPARE_WITH_TIMEOUT(liveSessionStarts(m_seriesId).size(), 4, 10000);
    QCOMPARE(column(QStringLiteral("SELECT rrule FROM session_series")).front(),
             QStringLiteral("FREQ=WEEKLY;COUNT=4"));
    // The series travels like any synced row: one outbox entry.
    QCOMPARE(
        column(QStringLiteral("SELECT entity FROM sync_outbox WHERE entity = 'series'")).size(), 1);
}

SeriesScopeDialog* TestCalendarSeries::waitForScopeDialog()
{
    SeriesScopeDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = m_page->findChild<SeriesScopeDialog*>(QStringLiteral("seriesScopeDialog"));
            return dialog && dialog->isVisible();
        },
        10000);
    return shown ? dialog : nullptr;
}

void TestCalendarSeries::answer(Qt::Key mnemonic)
{
    SeriesScopeDialog* dialog = waitForScopeDialog();
    QVERIFY(dialog);
    QVERIFY(child<QPushButton>(dialog, QStringLiteral("scopeThisOneButton")));
    QVERIFY(child<QPushButton>(dialog, QStringLiteral("scopeFollowingButton")));
    QVERIFY(child<QPushButton>(dialog, QStringLiteral("scopeAllButton")));
    // The session dialog that asked may still hold the focus for a moment.
    dialog->activateWindow();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isActiveWindow(), 10000);
    QTest::keyClick(dialog, mnemonic, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_page->findChild<SeriesScopeDialog*>(QStringLiteral("seriesScopeDialog")), 10000);
}

BookedSession TestCalendarSeries::occurrence(int week)
{
    m_page->showDay(kMonday.addDays(7 * week), CalendarSpan::Day);
    std::optional<BookedSession> found;
    (void)QTest::qWaitFor(
        [&] {
            for (const BookedSession& session : m_page->model().sessions()) {
                if (session.start.toTimeZone(torontoZone()).date() == kMonday.addDays(7 * week)) {
                    found = session;
                }
            }
            return found.has_value();
        },
        10000);
    if (!found) {
        qWarning("no session in week %d", week);
        return {};
    }
    return *found;
}

void TestCalendarSeries::editStart(const BookedSession& session, int hour)
{
    m_page->bookingFlow().edit(session);
    SessionDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = m_page->findChild<SessionDialog*>(QStringLiteral("sessionDialog"))) &&
            dialog->isVisible(),
        10000);
    auto* start = child<QDateTimeEdit>(dialog, QStringLiteral("sessionStartEdit"));
    const QDate day = session.start.toTimeZone(torontoZone()).date();
    start->setDateTime(QDateTime(day, QTime(hour, 0)));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("sessionSaveButton")),
                      Qt::LeftButton);
}

void TestCalendarSeries::weeklyRepeatIsOneSeriesOfSessions()
{
    const QStringList starts = liveSessionStarts(m_seriesId);
    for (int week = 0; week < 4; ++week) {
        QCOMPARE(QDateTime::fromString(starts[week], Qt::ISODate),
                 torontoTime(kMonday.addDays(7 * week), 7));
    }
    QCOMPARE(occurrence(1).seriesId, m_seriesId);
}

void TestCalendarSeries::changeThisOneDetachesTheSession()
{
    const BookedSession second = occurrence(1);
    editStart(second, 10);
    answer(Qt::Key_T);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->sessionField(second.id, QStringLiteral("starts_at")),
                              QString::fromStdString(utcText(torontoTime(kMonday.addDays(7), 10))),
                              10000);
    QCOMPARE(m_store->sessionField(second.id, QStringLiteral("series_id")), QString());
    QCOMPARE(liveSessionStarts(m_seriesId).size(), 3);
    // The excluded date is a record of its own (merged as a set across devices).
    QCOMPARE(column(QStringLiteral("SELECT original_starts_at FROM series_exceptions"
                                   " WHERE series_id = ? AND is_deleted = 0"),
                    m_seriesId),
             QStringList{QString::fromStdString(utcText(torontoTime(kMonday.addDays(7), 7)))});
}

void TestCalendarSeries::changeThisAndFollowingSplitsTheSeries()
{
    const BookedSession third = occurrence(2);
    editStart(third, 8);
    answer(Qt::Key_F);
    QTRY_COMPARE_WITH_TIMEOUT(
        column(QStringLiteral("SELECT id FROM session_series WHERE is_deleted = 0")).size(), 2,
        10000);
    QCOMPARE(
        column(QStringLiteral("SELECT rrule FROM session_series WHERE id = ?"), m_seriesId).front(),
        QStringLiteral("FREQ=WEEKLY;COUNT=2"));
    const QString tail =
        column(QStringLiteral("SELECT id FROM session_series WHERE id <> ?"), m_seriesId).front();
    QCOMPARE(liveSessionStarts(m_seriesId).size(), 2);
    const QStringList tailStarts = liveSessionStarts(tail);
    QCOMPARE(tailStarts.size(), 2);
    QCOMPARE(QDateTime::fromString(tailStarts[0], Qt::ISODate),
             torontoTime(kMonday.addDays(14), 8));
    QCOMPARE(QDateTime::fromString(tailStarts[1], Qt::ISODate),
             torontoTime(kMonday.addDays(21), 8));
    // The edited session moved with the tail and kept its id.
    QCOMPARE(m_store->sessionField(third.id, QStringLiteral("series_id")), tail);
}

void TestCalendarSeries::changeAllMovesEveryFutureSessionKeepingIds()
{
    const QStringList idsBefore = column(
        QStringLiteral("SELECT id FROM sessions WHERE series_id = ? ORDER BY id"), m_seriesId);
    editStart(occurrence(1), 9);
    answer(Qt::Key_A);
    QTRY_COMPARE_WITH_TIMEOUT(
        QDateTime::fromString(liveSessionStarts(m_seriesId).front(), Qt::ISODate),
        torontoTime(kMonday, 9), 10000);
    const QStringList starts = liveSessionStarts(m_seriesId);
    QCOMPARE(starts.size(), 4);
    QCOMPARE(QDateTime::fromString(starts[3], Qt::ISODate), torontoTime(kMonday.addDays(21), 9));
    QCOMPARE(column(QStringLiteral("SELECT id FROM sessions WHERE series_id = ? ORDER BY id"),
                    m_seriesId),
             idsBefore);
    QCOMPARE(QDateTime::fromString(
                 column(QStringLiteral("SELECT first_starts_at FROM session_series")).front(),
                 Qt::ISODate),
             torontoTime(kMonday, 9));
}

void TestCalendarSeries::dragAsksTheSameQuestion()
{
    const BookedSession last = occurrence(3);
    m_page->bookingFlow().reschedule(last, torontoTime(kMonday.addDays(22), 7),
                                     torontoTime(kMonday.addDays(22), 8));
    answer(Qt::Key_T);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->sessionField(last.id, QStringLiteral("starts_at")),
                              QString::fromStdString(utcText(torontoTime(kMonday.addDays(22), 7))),
                              10000);
    QCOMPARE(liveSessionStarts(m_seriesId).size(), 3);
}

void TestCalendarSeries::deleteThisOneAndAll()
{
    const BookedSession first = occurrence(0);
    m_page->bookingFlow().remove(first);
    answer(Qt::Key_T);
    QTRY_COMPARE_WITH_TIMEOUT(liveSessionStarts(m_seriesId).size(), 3, 10000);
    QCOMPARE(m_store->sessionField(first.id, QStringLiteral("is_deleted")), QStringLiteral("1"));

    m_page->bookingFlow().remove(occurrence(2));
    answer(Qt::Key_A);
    QTRY_COMPARE_WITH_TIMEOUT(liveSessionStarts(m_seriesId).size(), 0, 10000);
    QCOMPARE(column(QStringLiteral("SELECT is_deleted FROM session_series")).front(),
             QStringLiteral("1"));
}

void TestCalendarSeries::cancellingTheQuestionWritesNothing()
{
    const int outboxBefore = column(QStringLiteral("SELECT mutation_id FROM sync_outbox")).size();
    m_page->bookingFlow().remove(occurrence(1));
    SeriesScopeDialog* dialog = waitForScopeDialog();
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_page->findChild<SeriesScopeDialog*>(QStringLiteral("seriesScopeDialog")), 10000);
    QTest::qWait(200);
    QCOMPARE(liveSessionStarts(m_seriesId).size(), 4);
    QCOMPARE(column(QStringLiteral("SELECT mutation_id FROM sync_outbox")).size(), outboxBefore);
}

QTEST_MAIN(TestCalendarSeries)
#include "TestCalendarSeries.moc"
