// Recurring series writes against a real encrypted store: each user action is ONE local
// transaction (a failure injected into a later step leaves no row and no outbox entry behind),
// the sessions of a series take the booked package, the Session dialog preselects a session's
// package and lets the user clear it, and no two controls of the Session and series-scope
// dialogs share a keyboard accelerator.

#include "desktop/core/calendar/SeriesWriter.h"
#include "desktop/core/calendar/SessionListModel.h"
#include "desktop/ui/calendar/BookingFlow.h"
#include "desktop/ui/calendar/CalendarPage.h"
#include "desktop/ui/calendar/SeriesScopeDialog.h"
#include "desktop/ui/calendar/SessionDialog.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/gui/calendar/CalendarTestStore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <memory>

using namespace fitflow::desktop;
using namespace fitflow::desktop::testing;

namespace {

// A Monday well in the future, so "now" is before every occurrence.
const QDate kMonday(2031, 6, 9);
const char* const kFourMondays = "FREQ=WEEKLY;COUNT=4";

// The accelerator letter of a text with '&' ("&Client" -> "c"); empty without one.
QString mnemonicOf(const QString& text)
{
    const QKeySequence sequence = QKeySequence::mnemonic(text);
    return sequence.isEmpty() ? QString() : sequence.toString().toLower();
}

// Every accelerator of `dialog`: labels with a buddy, and buttons. Fails on a repeated one.
void expectUniqueAccelerators(const QWidget* dialog)
{
    QMap<QString, QString> owners; // accelerator -> text that uses it
    const auto claim = [&owners](const QString& text) {
        const QString key = mnemonicOf(text);
        if (key.isEmpty()) {
            return true;
        }
        if (owners.contains(key)) {
            qWarning("'%s' and '%s' share %s", qPrintable(owners.value(key)), qPrintable(text),
                     qPrintable(key));
            return false;
        }
        owners.insert(key, text);
        return true;
    };
    int claimed = 0;
    for (const QLabel* label : dialog->findChildren<QLabel*>()) {
        if (label->buddy() != nullptr) {
            QVERIFY(claim(label->text()));
            ++claimed;
        }
    }
    for (const QAbstractButton* button : dialog->findChildren<QAbstractButton*>()) {
        QVERIFY(claim(button->text()));
        ++claimed;
    }
    QVERIFY2(claimed >= 3, "the dialog shows too few controls to check");
    QVERIFY(!owners.isEmpty());
}

} // namespace

class TestSeriesWrites : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void failedSplitWritesNothing();
    void failedDeleteOfOneWritesNothing();
    void exclusionsAreRecordsAndTheOldListStillCounts();
    void seriesSessionsTakeTheBookedPackage();
    void editPreselectsThePackageAndCanClearIt();
    void dragFollowingMovesExactlyThoseSessions();
    void dragAllMovesEveryFutureSessionAndKeepsThePackage();
    void sessionDialogAcceleratorsAreUnique();
    void scopeDialogAcceleratorsAreUnique();

private:
    // Runs `job` on the store thread and waits for its answer.
    template <typename T> T onStore(std::function<T(QSqlDatabase)> job);
    QStringList column(const QString& sql, const QString& value = {});
    QString createSeries(const QString& packageId = {});
    SessionDraft draftFor(const QString& sessionId, int hour);
    void failNext(const QString& table, const QString& operation);
    void showPage();
    // Drags occurrence `index` (in start order) of `seriesId` one day later and answers the
    // scope question with Alt+`mnemonic`.
    void dragOneDayLater(const QString& seriesId, int index, Qt::Key mnemonic);
    QStringList liveStarts(const QString& seriesId);

    std::unique_ptr<CalendarTestStore> m_store;
    std::unique_ptr<CalendarPage> m_page;
};

void TestSeriesWrites::init()
{
    m_store = std::make_unique<CalendarTestStore>();
    QVERIFY(m_store->seeded());
}

void TestSeriesWrites::cleanup()
{
    m_page.reset();
    m_store.reset();
}

template <typename T> T TestSeriesWrites::onStore(std::function<T(QSqlDatabase)> job)
{
    std::optional<T> answer;
    m_store->session().runOnStore<T>(
        &m_store->events(), [job](LocalStore* store) { return job(store->database()); },
        [&answer](T value) { answer = std::move(value); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000)) {
        qWarning("the store did not answer");
    }
    return answer.value_or(T{});
}

QStringList TestSeriesWrites::column(const QString& sql, const QString& value)
{
    return onStore<QStringList>([sql, value](QSqlDatabase db) {
        QSqlQuery query(db);
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
    });
}

// Books four Mondays at 07:00 through SeriesWriter; the series id.
QString TestSeriesWrites::createSeries(const QString& packageId)
{
    SessionDraft draft;
    draft.orgId = QString::fromStdString(kOrgNorth);
    draft.clientId = m_store->northClient();
    draft.locationId = QString::fromStdString(kLocationNorth);
    draft.timeZone = QString::fromLatin1(kZone);
    draft.start = torontoTime(kMonday, 7);
    draft.end = torontoTime(kMonday, 8);
    draft.packageId = packageId;
    draft.packageChosen = true;
    const int booked = onStore<int>([draft](QSqlDatabase db) {
        auto created = SeriesWriter(db, std::chrono::sys_seconds{}).create(draft, kFourMondays);
        return created ? *created : -1;
    });
    if (booked != 4) {
        qWarning("the series was not booked: %d", booked);
        return {};
    }
    const QStringList ids = column(QStringLiteral("SELECT id FROM session_series"));
    return ids.size() == 1 ? ids.front() : QString();
}

SessionDraft TestSeriesWrites::draftFor(const QString& sessionId, int hour)
{
    SessionDraft draft;
    draft.id = sessionId;
    draft.orgId = QString::fromStdString(kOrgNorth);
    draft.clientId = m_store->northClient();
    draft.locationId = QString::fromStdString(kLocationNorth);
    draft.timeZone = QString::fromLatin1(kZone);
    const QString start =
        column(QStringLiteral("SELECT starts_at FROM sessions WHERE id = ?"), sessionId).value(0);
    const QDate day = QDateTime::fromString(start, Qt::ISODate).toTimeZone(torontoZone()).date();
    draft.start = torontoTime(day, hour);
    draft.end = torontoTime(day, hour + 1);
    return draft;
}

// Makes the next write of `operation` (INSERT/UPDATE) on `table` fail, as a full disk or a
// crash would, on the store's own connection.
void TestSeriesWrites::failNext(const QString& table, const QString& operation)
{
    const QString sql = QStringLiteral("CREATE TEMP TRIGGER injected_failure BEFORE %1 ON %2"
                                       " BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
                            .arg(operation, table);
    QVERIFY(onStore<bool>([sql](QSqlDatabase db) { return QSqlQuery(db).exec(sql); }));
}

void TestSeriesWrites::showPage()
{
    m_page = std::make_unique<CalendarPage>(m_store->context());
    m_page->setTimeZone(torontoZone());
    m_page->resize(1000, 700);
    m_page->showDay(kMonday, CalendarSpan::Week);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

QStringList TestSeriesWrites::liveStarts(const QString& seriesId)
{
    return column(QStringLiteral("SELECT starts_at FROM sessions WHERE series_id = ?"
                                 " AND is_deleted = 0 ORDER BY starts_at"),
                  seriesId);
}

void TestSeriesWrites::dragOneDayLater(const QString& seriesId, int index, Qt::Key mnemonic)
{
    const QString id = column(QStringLiteral("SELECT id FROM sessions WHERE series_id = ?"
                                             " ORDER BY starts_at"),
                              seriesId)
                           .value(index);
    std::optional<BookedSession> dragged;
    const QDate day = kMonday.addDays(7 * index);
    m_page->showDay(day, CalendarSpan::Day);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const BookedSession& candidate : m_page->model().sessions()) {
                if (candidate.id == id) {
                    dragged = candidate;
                }
            }
            return dragged.has_value();
        }(),
        10000);
    m_page->bookingFlow().reschedule(*dragged, torontoTime(day.addDays(1), 7),
                                     torontoTime(day.addDays(1), 8));
    SeriesScopeDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = m_page->findChild<SeriesScopeDialog*>(QStringLiteral("seriesScopeDialog"))) &&
            dialog->isVisible(),
        10000);
    dialog->activateWindow();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isActiveWindow(), 10000);
    QTest::keyClick(dialog, mnemonic, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_page->findChild<SeriesScopeDialog*>(QStringLiteral("seriesScopeDialog")), 10000);
}

void TestSeriesWrites::failedSplitWritesNothing()
{
    QVERIFY(m_store->open());
    const QString seriesId = createSeries();
    QVERIFY(!seriesId.isEmpty());
    const QStringList outboxBefore =
        column(QStringLiteral("SELECT mutation_id FROM sync_outbox ORDER BY mutation_id"));
    const QString third = column(QStringLiteral("SELECT id FROM sessions WHERE series_id = ?"
                                                " ORDER BY starts_at"),
                                 seriesId)
                              .value(2);
    QVERIFY(!third.isEmpty());

    // "This and following": the old series is cut short first, then the tail series is
    // created; the second step fails.
    failNext(QStringLiteral("session_series"), QStringLiteral("INSERT"));
    const SessionDraft draft = draftFor(third, 9);
    const QString error = onStore<QString>([draft](QSqlDatabase db) {
        auto edited =
            SeriesWriter(db, std::chrono::sys_seconds{}).edit(draft, SeriesScope::ThisAndFollowing);
        return edited ? QStringLiteral("ok") : QString::fromStdString(edited.error().message);
    });
    QVERIFY2(error.contains(QStringLiteral("injected failure")), qPrintable(error));

    QCOMPARE(column(QStringLiteral("SELECT rrule FROM session_series WHERE id = ?"), seriesId),
             QStringList{QString::fromLatin1(kFourMondays)});
    QCOMPARE(column(QStringLiteral("SELECT count(*) FROM session_series")),
             QStringList{QStringLiteral("1")});
    QCOMPARE(column(QStringLiteral("SELECT mutation_id FROM sync_outbox ORDER BY mutation_id")),
             outboxBefore);
    QCOMPARE(column(QStringLiteral("SELECT series_id FROM sessions WHERE id = ?"), third),
             QStringList{seriesId});
}

void TestSeriesWrites::failedDeleteOfOneWritesNothing()
{
    QVERIFY(m_store->open());
    const QString seriesId = createSeries();
    QVERIFY(!seriesId.isEmpty());
    const QStringList outboxBefore =
        column(QStringLiteral("SELECT mutation_id FROM sync_outbox ORDER BY mutation_id"));
    const QString second = column(QStringLiteral("SELECT id FROM sessions WHERE series_id = ?"
                                                 " ORDER BY starts_at"),
                                  seriesId)
                               .value(1);

    // "This one": the date is excluded first, then the session is deleted; the second fails.
    failNext(QStringLiteral("sessions"), QStringLiteral("UPDATE"));
    const QString error = onStore<QString>([second](QSqlDatabase db) {
        auto removed =
            SeriesWriter(db, std::chrono::sys_seconds{}).remove(second, SeriesScope::ThisOne);
        return removed ? QStringLiteral("ok") : QString::fromStdString(removed.error().message);
    });
    QVERIFY2(error.contains(QStringLiteral("injected failure")), qPrintable(error));
    QCOMPARE(column(QStringLiteral("SELECT mutation_id FROM sync_outbox ORDER BY mutation_id")),
             outboxBefore);
    QCOMPARE(column(QStringLiteral("SELECT is_deleted FROM sessions WHERE id = ?"), second),
             QStringList{QStringLiteral("0")});
    QCOMPARE(column(QStringLiteral("SELECT coalesce(exdates, '') FROM session_series")),
             QStringList{QString()});
    QCOMPARE(column(QStringLiteral("SELECT count(*) FROM series_exceptions")),
             QStringList{QStringLiteral("0")});
}

// A series written before exceptions were records carries them in its `exdates` list: that
// list still excludes, a new exclusion is a record of its own, and an "all" edit turns the
// whole set into records (moved with the new time) without booking an excluded date again.
void TestSeriesWrites::exclusionsAreRecordsAndTheOldListStillCounts()
{
    QVERIFY(m_store->open());
    const QString seriesId = createSeries();
    QVERIFY(!seriesId.isEmpty());
    const QStringList ids = column(QStringLiteral("SELECT id FROM sessions WHERE series_id = ?"
                                                  " ORDER BY starts_at"),
                                   seriesId);
    QCOMPARE(ids.size(), 4);
    const std::string secondMonday = utcText(torontoTime(kMonday.addDays(7), 7));
    QVERIFY(onStore<bool>([seriesId, second = ids[1], secondMonday](QSqlDatabase db) {
        LocalChanges changes(db);
        return changes.update("series", seriesId.toStdString(), {{"exdates", secondMonday}}).ok() &&
               changes.remove("session", second.toStdString()).ok();
    }));

    QVERIFY(onStore<bool>([third = ids[2]](QSqlDatabase db) {
        return SeriesWriter(db, std::chrono::sys_seconds{})
            .remove(third, SeriesScope::ThisOne)
            .ok();
    }));
    QCOMPARE(column(QStringLiteral("SELECT original_starts_at FROM series_exceptions"
                                   " WHERE series_id = ? AND is_deleted = 0"),
                    seriesId),
             QStringList{QString::fromStdString(utcText(torontoTime(kMonday.addDays(14), 7)))});
    QCOMPARE(
        column(QStringLiteral("SELECT entity FROM sync_outbox ORDER BY mutation_id DESC")).value(1),
        QStringLiteral("series_exception"));

    SessionDraft draft = draftFor(ids[0], 9);
    QVERIFY(onStore<bool>([draft](QSqlDatabase db) {
        return SeriesWriter(db, std::chrono::sys_seconds{}).edit(draft, SeriesScope::All).ok();
    }));
    QCOMPARE(column(QStringLiteral("SELECT starts_at FROM sessions WHERE series_id = ?"
                                   " AND is_deleted = 0 ORDER BY starts_at"),
                    seriesId),
             (QStringList{QString::fromStdString(utcText(torontoTime(kMonday, 9))),
                          QString::fromStdString(utcText(torontoTime(kMonday.addDays(21), 9)))}));
    QCOMPARE(column(QStringLiteral("SELECT coalesce(exdates, '') FROM session_series")),
             QStringList{QString()});
    QCOMPARE(column(QStringLiteral("SELECT original_starts_at FROM series_exceptions"
                                   " WHERE series_id = ? AND is_deleted = 0"
                                   " ORDER BY original_starts_at"),
                    seriesId),
             (QStringList{QString::fromStdString(utcText(torontoTime(kMonday.addDays(7), 9))),
                          QString::fromStdString(utcText(torontoTime(kMonday.addDays(14), 9)))}));
}

void TestSeriesWrites::seriesSessionsTakeTheBookedPackage()
{
    const QString package =
        m_store->addPackage(kOrgNorth, m_store->northClient(), "Ten sessions", 10);
    QVERIFY(!package.isEmpty());
    QVERIFY(m_store->open());
    const QString seriesId = createSeries(package);
    QVERIFY(!seriesId.isEmpty());
    QCOMPARE(
        column(QStringLiteral("SELECT package_id FROM sessions WHERE series_id = ?"), seriesId),
        QStringList(4, package));

    // "All" with the package cleared in the dialog clears it on every future session.
    const QString first = column(QStringLiteral("SELECT id FROM sessions WHERE series_id = ?"
                                                " ORDER BY starts_at"),
                                 seriesId)
                              .value(0);
    SessionDraft draft = draftFor(first, 7);
    draft.packageChosen = true;
    QVERIFY(onStore<bool>([draft](QSqlDatabase db) {
        return SeriesWriter(db, std::chrono::sys_seconds{}).edit(draft, SeriesScope::All).ok();
    }));
    QCOMPARE(column(QStringLiteral("SELECT coalesce(package_id, '') FROM sessions"
                                   " WHERE series_id = ?"),
                    seriesId),
             QStringList(4, QString()));
}

void TestSeriesWrites::editPreselectsThePackageAndCanClearIt()
{
    const QString package =
        m_store->addPackage(kOrgNorth, m_store->northClient(), "Ten sessions", 10);
    const QString session = m_store->addSession(kOrgNorth, m_store->northClient(), kLocationNorth,
                                                torontoTime(kMonday, 10), torontoTime(kMonday, 11));
    QVERIFY(!session.isEmpty());
    QVERIFY(m_store->bookOnPackage(session, package));
    QVERIFY(m_store->open());
    m_page = std::make_unique<CalendarPage>(m_store->context());
    m_page->setTimeZone(torontoZone());
    m_page->showDay(kMonday, CalendarSpan::Day);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));

    std::optional<BookedSession> booked;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const BookedSession& candidate : m_page->model().sessions()) {
                if (candidate.id == session) {
                    booked = candidate;
                }
            }
            return booked.has_value();
        }(),
        10000);
    QCOMPARE(booked->packageId, package);
    m_page->bookingFlow().edit(*booked);
    SessionDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = m_page->findChild<SessionDialog*>(QStringLiteral("sessionDialog"))) &&
            dialog->isVisible(),
        10000);
    auto* packages = child<QComboBox>(dialog, QStringLiteral("sessionPackageCombo"));
    QVERIFY(packages);
    QTRY_COMPARE_WITH_TIMEOUT(packages->currentData().toString(), package, 10000);

    packages->setCurrentIndex(packages->findData(QString()));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("sessionSaveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->sessionField(session, QStringLiteral("package_id")),
                              QString(), 10000);
    QCOMPARE(column(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity = 'session'"
                                   " AND entity_id = ? AND payload LIKE '%\"package_id\":null%'"),
                    session),
             QStringList{QStringLiteral("1")});
}

// Dragging an occurrence asks the same three scopes as the dialog: "this and following" moves
// the dragged one and the ones after it (to a new series), never the ones before.
void TestSeriesWrites::dragFollowingMovesExactlyThoseSessions()
{
    QVERIFY(m_store->open());
    const QString seriesId = createSeries();
    QVERIFY(!seriesId.isEmpty());
    showPage();
    dragOneDayLater(seriesId, 2, Qt::Key_F);
    QTRY_COMPARE_WITH_TIMEOUT(liveStarts(seriesId).size(), 2, 10000);
    QCOMPARE(liveStarts(seriesId),
             (QStringList{QString::fromStdString(utcText(torontoTime(kMonday, 7))),
                          QString::fromStdString(utcText(torontoTime(kMonday.addDays(7), 7)))}));
    const QString tail =
        column(QStringLiteral("SELECT id FROM session_series WHERE id <> ?"), seriesId).value(0);
    QVERIFY(!tail.isEmpty());
    QCOMPARE(liveStarts(tail),
             (QStringList{QString::fromStdString(utcText(torontoTime(kMonday.addDays(15), 7))),
                          QString::fromStdString(utcText(torontoTime(kMonday.addDays(22), 7)))}));
}

// "All" from a drag moves every future session by the same day and keeps their package.
void TestSeriesWrites::dragAllMovesEveryFutureSessionAndKeepsThePackage()
{
    const QString package =
        m_store->addPackage(kOrgNorth, m_store->northClient(), "Ten sessions", 10);
    QVERIFY(m_store->open());
    const QString seriesId = createSeries(package);
    QVERIFY(!seriesId.isEmpty());
    const QStringList ids =
        column(QStringLiteral("SELECT id FROM sessions WHERE series_id = ? ORDER BY id"), seriesId);
    showPage();
    dragOneDayLater(seriesId, 1, Qt::Key_A);
    QTRY_COMPARE_WITH_TIMEOUT(liveStarts(seriesId).value(0),
                              QString::fromStdString(utcText(torontoTime(kMonday.addDays(1), 7))),
                              10000);
    QStringList expected;
    for (int week = 0; week < 4; ++week) {
        expected << QString::fromStdString(utcText(torontoTime(kMonday.addDays(7 * week + 1), 7)));
    }
    QCOMPARE(liveStarts(seriesId), expected);
    QCOMPARE(
        column(QStringLiteral("SELECT id FROM sessions WHERE series_id = ? ORDER BY id"), seriesId),
        ids);
    QCOMPARE(
        column(QStringLiteral("SELECT package_id FROM sessions WHERE series_id = ?"), seriesId),
        QStringList(4, package));
}

void TestSeriesWrites::sessionDialogAcceleratorsAreUnique()
{
    QVERIFY(m_store->open());
    m_page = std::make_unique<CalendarPage>(m_store->context());
    m_page->setTimeZone(torontoZone());
    m_page->showDay(kMonday, CalendarSpan::Day);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->bookingFlow().bookAt(torontoTime(kMonday, 7));
    SessionDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = m_page->findChild<SessionDialog*>(QStringLiteral("sessionDialog"))) &&
            dialog->isVisible(),
        10000);
    expectUniqueAccelerators(dialog);
}

void TestSeriesWrites::scopeDialogAcceleratorsAreUnique()
{
    for (const auto action :
         {SeriesScopeDialog::Action::Change, SeriesScopeDialog::Action::Delete}) {
        SeriesScopeDialog dialog(action);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        expectUniqueAccelerators(&dialog);
    }
}

QTEST_MAIN(TestSeriesWrites)
#include "TestSeriesWrites.moc"
