// Defects the keyboard-only walkthrough of issue 6 found (session 7), each checked the way a user
// meets it, by object name against a real encrypted store:
// - the note conflict view's "Text to keep" took Tab as a character, so the keyboard could not
//   reach Save;
// - a signed note kept its Undo button enabled, and Undo changed the shown text of a locked note;
// - the Availability dialog edited a weekday as a number 1-7, an exception's kind as 0/1 and
//   times with seconds;
// - two sessions at the same time (a rebooking over a no-show, or at two studios) were drawn on
//   top of each other, the later one hiding the earlier.

#include "desktop/core/calendar/AvailabilityExceptionsModel.h"
#include "desktop/core/calendar/AvailabilityRulesModel.h"
#include "desktop/core/calendar/AvailabilityService.h"
#include "desktop/core/calendar/SessionListModel.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/ui/calendar/AvailabilityDialog.h"
#include "desktop/ui/calendar/CalendarPage.h"
#include "desktop/ui/calendar/CalendarView.h"
#include "desktop/ui/notes/NoteConflictDialog.h"
#include "desktop/ui/notes/NoteEditorDialog.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/gui/calendar/CalendarTestStore.h"
#include "tests/gui/clients/ClientsTestStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>

#include <memory>

using namespace fitflow;
using namespace fitflow::desktop;
using fitflow::desktop::testing::child;
using fitflow::desktop::testing::ClientsTestStore;

namespace {

constexpr int kWaitMs = 20000;

} // namespace

class TestWalkthroughFixes : public QObject {
    Q_OBJECT

private slots:
    void conflictTextToKeepLetsTabReachSave()
    {
        NoteConflictDialog dialog(QStringLiteral("Squats 3x8"), QStringLiteral("Squats 3x10"));
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* merged = child<QPlainTextEdit>(&dialog, QStringLiteral("conflictMergedText"));
        auto* save = child<QPushButton>(&dialog, QStringLiteral("conflictSaveButton"));
        QVERIFY(merged && save);
        merged->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(merged->hasFocus());

        // Tab leaves the text unchanged and moves on; the next stops reach Save.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(merged->toPlainText(), QStringLiteral("Squats 3x8"));
        QVERIFY(!merged->hasFocus());
        for (int step = 0; step < 4 && QApplication::focusWidget() != save; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(QApplication::focusWidget(), save);
        QTest::keyClick(save, Qt::Key_Space);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.resolvedText(), QStringLiteral("Squats 3x8"));
    }

    void signedNoteCannotBeUndone()
    {
        ClientsTestStore store;
        QVERIFY(store.open());
        const QString clientId =
            QString::fromStdString(store.onStore<std::string>([](LocalStore* local) {
                auto id = LocalChanges(local->database())
                              .add("client", testing::kTestOrgId,
                                   {{"first_name", "Maya"}, {"last_name", "Singh"}});
                return id ? *id : std::string();
            }));
        QVERIFY(!clientId.isEmpty());

        NoteEditorDialog editor(store.context());
        editor.show();
        editor.startNote(clientId, QString(), QStringLiteral("free"));
        auto* text = child<QPlainTextEdit>(&editor, QStringLiteral("noteTextEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(text->isEnabled(), kWaitMs);
        QTest::keyClicks(text, QStringLiteral("Knee sore after runs"));
        auto* status = child<QLabel>(&editor, QStringLiteral("noteStatusLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Saved"), kWaitMs);
        auto* undo = child<QToolButton>(&editor, QStringLiteral("noteUndoButton"));
        QVERIFY(undo->isEnabled()); // typing can be undone before signing

        child<QPushButton>(&editor, QStringLiteral("noteSignButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(editor.note().isSigned, kWaitMs);
        const QString signedText = text->toPlainText();
        QVERIFY(signedText.contains(QStringLiteral("Knee sore after runs")));
        QVERIFY(!undo->isEnabled());
        QVERIFY(!child<QToolButton>(&editor, QStringLiteral("noteRedoButton"))->isEnabled());
        undo->defaultAction()->trigger();
        text->undo(); // nothing is left to undo either way
        QCOMPARE(text->toPlainText(), signedText);
    }

    void availabilityEditorsUseNamesAndMinutes()
    {
        ClientsTestStore store;
        QVERIFY(store.open());
        AvailabilityService service(store.session(), &store.events());
        AvailabilityDialog dialog(service);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        // Weekly hours: the day is chosen from the locale's day names. (The tables' delegates are
        // driven directly: what a cell editor shows, starts at and writes back.)
        child<QPushButton>(&dialog, QStringLiteral("availabilityAddSpanButton"))->click();
        auto* rules = child<QTableView>(&dialog, QStringLiteral("availabilityRulesView"));
        QAbstractItemModel* rulesModel = rules->model();
        const QModelIndex day = rulesModel->index(0, AvailabilityRulesModel::DayColumn);
        const QStyleOptionViewItem option;
        std::unique_ptr<QWidget> editor(
            rules->itemDelegateForIndex(day)->createEditor(rules->viewport(), option, day));
        auto* dayEditor = qobject_cast<QComboBox*>(editor.get());
        QVERIFY2(dayEditor, "the day is edited as a number");
        rules->itemDelegateForIndex(day)->setEditorData(dayEditor, day);
        QCOMPARE(dayEditor->count(), 7);
        QCOMPARE(dayEditor->currentText(), QLocale().dayName(1));
        QCOMPARE(dayEditor->itemText(3), QLocale().dayName(4));
        dayEditor->setCurrentIndex(3);
        rules->itemDelegateForIndex(day)->setModelData(dayEditor, rulesModel, day);
        QCOMPARE(rulesModel->data(day, Qt::EditRole).toInt(), 4);
        QCOMPARE(rulesModel->data(day).toString(), QLocale().dayName(4));

        // Times are edited as they are shown, hours and minutes.
        const QModelIndex from = rulesModel->index(0, AvailabilityRulesModel::FromColumn);
        editor.reset(
            rules->itemDelegateForIndex(from)->createEditor(rules->viewport(), option, from));
        auto* fromEditor = qobject_cast<QTimeEdit*>(editor.get());
        QVERIFY(fromEditor);
        rules->itemDelegateForIndex(from)->setEditorData(fromEditor, from);
        QCOMPARE(fromEditor->displayFormat(), QStringLiteral("HH:mm"));
        QCOMPARE(fromEditor->text(), QStringLiteral("09:00"));

        // Exceptions: the change is "Unavailable" or "Extra hours", by name.
        child<QPushButton>(&dialog, QStringLiteral("availabilityAddExceptionButton"))->click();
        auto* exceptions = child<QTableView>(&dialog, QStringLiteral("availabilityExceptionsView"));
        QAbstractItemModel* exceptionsModel = exceptions->model();
        const QModelIndex kind = exceptionsModel->index(0, AvailabilityExceptionsModel::KindColumn);
        editor.reset(exceptions->itemDelegateForIndex(kind)->createEditor(exceptions->viewport(),
                                                                          option, kind));
        auto* kindEditor = qobject_cast<QComboBox*>(editor.get());
        QVERIFY2(kindEditor, "the kind of change is edited as 0 or 1");
        exceptions->itemDelegateForIndex(kind)->setEditorData(kindEditor, kind);
        QCOMPARE(kindEditor->count(), 2);
        QCOMPARE(kindEditor->currentText(), AvailabilityExceptionsModel::kindName(false));
        kindEditor->setCurrentIndex(1);
        exceptions->itemDelegateForIndex(kind)->setModelData(kindEditor, exceptionsModel, kind);
        QCOMPARE(exceptionsModel->data(kind, Qt::EditRole).toInt(), 1);
        QCOMPARE(exceptionsModel->data(kind).toString(),
                 AvailabilityExceptionsModel::kindName(true));
        editor.reset();

        // Closing the dialog with a cell editor still open commits nothing into a half-destroyed
        // dialog (UBSan reported a bad downcast in refreshProblem before).
        rules->setCurrentIndex(from);
        rules->edit(from);
    }

    void overlappingSessionsAreDrawnSideBySide()
    {
        using namespace fitflow::desktop::testing;
        const QDate wednesday(2026, 3, 11);
        CalendarTestStore store;
        QVERIFY(store.seeded());
        // A no-show at 09:00 rebooked at 09:30 the same morning at another studio, and a later
        // session that overlaps nothing.
        const QString first =
            store.addSession(kOrgNorth, store.northClient(), kLocationNorth,
                             torontoTime(wednesday, 9), torontoTime(wednesday, 10), "no_show");
        const QString second =
            store.addSession(kOrgCoach, store.coachClient(), kLocationCoach,
                             torontoTime(wednesday, 9, 30), torontoTime(wednesday, 10, 30));
        const QString alone =
            store.addSession(kOrgCoach, store.coachClient(), kLocationCoach,
                             torontoTime(wednesday, 13), torontoTime(wednesday, 14));
        QVERIFY(!first.isEmpty() && !second.isEmpty() && !alone.isEmpty());
        QVERIFY(store.open());

        CalendarPage page(store.context());
        page.setTimeZone(torontoZone());
        page.resize(1000, 700);
        QSignalSpy reloaded(&page, &CalendarPage::reloaded);
        page.showDay(wednesday, CalendarSpan::Week);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE_WITH_TIMEOUT(page.model().rowCount(), 3, kWaitMs);

        const CalendarView& view = page.view();
        const QRect firstBlock = view.sessionRect(first);
        const QRect secondBlock = view.sessionRect(second);
        const QRect aloneBlock = view.sessionRect(alone);
        QVERIFY(!firstBlock.isEmpty() && !secondBlock.isEmpty() && !aloneBlock.isEmpty());
        QVERIFY2(!firstBlock.intersects(secondBlock), "overlapping sessions hide each other");
        QVERIFY(firstBlock.left() < secondBlock.left()); // the earlier one on the left
        QCOMPARE(firstBlock.top(), aloneBlock.top() - 4 * CalendarView::kHourHeight);
        // Both halves stay inside the day column the lone session fills.
        QCOMPARE(firstBlock.left(), aloneBlock.left());
        QVERIFY(secondBlock.right() <= aloneBlock.right());
        QVERIFY(secondBlock.width() >= aloneBlock.width() / 2 - 4);
    }
};

QTEST_MAIN(TestWalkthroughFixes)
#include "TestWalkthroughFixes.moc"
