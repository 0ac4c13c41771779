// The session-note editor driven by object name against a real encrypted store: a SOAP note
// written with autosave, undo/redo, reopened, signed (edits refused with "note_signed"),
// amended (each amendment shown with its local date and time and its author's name); and a
// conflicted note (two edits from the same base) resolved side by side.

#include "desktop/core/notes/NoteSignatures.h"
#include "desktop/core/notes/NotesService.h"
#include "desktop/core/notes/SoapTemplate.h"
#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/storage/manager/ProfileCache.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/NoteStore.h"
#include "desktop/ui/notes/NoteConflictDialog.h"
#include "desktop/ui/notes/NoteEditorDialog.h"
#include "shared/sync/MutationCodec.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/gui/clients/ClientsTestStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTextCursor>
#include <QToolButton>

using namespace fitflow;
using namespace fitflow::desktop;
using fitflow::desktop::testing::child;
using fitflow::desktop::testing::ClientsTestStore;

namespace {

constexpr int kWaitMs = 20000;

std::string addClient(ClientsTestStore& store)
{
    return store.onStore<std::string>([](LocalStore* local) {
        auto id = LocalChanges(local->database())
                      .add("client", testing::kTestOrgId,
                           {{"first_name", "Maya"}, {"last_name", "Singh"}});
        return id ? *id : std::string();
    });
}

// The note's text as the store holds it (NoteHistory view) and its number of stored versions.
std::pair<QString, int> storedNote(ClientsTestStore& store, const QString& noteId)
{
    return store.onStore<std::pair<QString, int>>([noteId](LocalStore* local) {
        EntityRepository entities(local->database());
        auto history = entities.noteHistory(noteId.toStdString());
        auto mutations = entities.noteMutations(noteId.toStdString());
        if (!history || !mutations) {
            return std::pair<QString, int>{};
        }
        return std::pair<QString, int>{QString::fromStdString(history->view().text),
                                       static_cast<int>(mutations->size())};
    });
}

} // namespace

class TestNoteEditor : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_store = std::make_unique<ClientsTestStore>();
        QVERIFY(m_store->open());
        m_clientId = QString::fromStdString(addClient(*m_store));
        QVERIFY(!m_clientId.isEmpty());
    }

    void cleanup() { m_store.reset(); }

    // Session 8 walkthrough: signing by keyboard disabled the focused Sign button and the focus
    // went nowhere useful; it now goes to the new amendment, where typing goes on.
    void signingByKeyboardLeavesTheFocusOnTheAmendment()
    {
        NoteEditorDialog editor(m_store->context());
        editor.show();
        QApplication::setActiveWindow(&editor);
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.startNote(m_clientId, QString(), QStringLiteral("soap"));
        auto* text = child<QPlainTextEdit>(&editor, QStringLiteral("noteTextEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(text->isEnabled(), kWaitMs);
        auto* sign = child<QPushButton>(&editor, QStringLiteral("noteSignButton"));
        sign->setFocus(Qt::TabFocusReason);
        QTest::keyClick(sign, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(editor.note().isSigned, kWaitMs);
        auto* amendment = child<QPlainTextEdit>(&editor, QStringLiteral("noteAmendmentEdit"));
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), amendment, kWaitMs);
    }

    void soapNoteAutosavesReopensSignsAndAmends()
    {
        QString noteId;
        {
            NoteEditorDialog editor(m_store->context());
            QSignalSpy noteBroadcasts(&m_store->events(), &StoreEvents::changed);
            editor.show();
            editor.startNote(m_clientId, QString(), QStringLiteral("soap"));
            auto* text = child<QPlainTextEdit>(&editor, QStringLiteral("noteTextEdit"));
            QTRY_VERIFY_WITH_TIMEOUT(text->isEnabled(), kWaitMs);
            noteId = editor.noteId();
            QVERIFY(!noteId.isEmpty());
            QCOMPARE(text->toPlainText(), SoapTemplate::emptyText());

            // Type under "Subjective:"; the autosave writes it shortly after typing stops.
            QTextCursor cursor = text->textCursor();
            cursor.setPosition(SoapTemplate::headings().at(0).size());
            text->setTextCursor(cursor);
            QTest::keyClicks(text, QStringLiteral(" Left knee sore after runs"));
            auto* status = child<QLabel>(&editor, QStringLiteral("noteStatusLabel"));
            QCOMPARE(status->text(), QStringLiteral("Unsaved changes"));
            QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Saved"), kWaitMs);
            QVERIFY(noteBroadcasts.count() >= 2); // created, then autosaved
            auto [saved, versions] = storedNote(*m_store, noteId);
            QCOMPARE(SoapTemplate::section(saved, 0), QStringLiteral("Left knee sore after runs"));
            QCOMPARE(versions, 2); // the template, then the autosaved edit

            // Undo and redo work on the text document; each settles into another autosave.
            auto* undo = child<QToolButton>(&editor, QStringLiteral("noteUndoButton"));
            QVERIFY(undo->isEnabled());
            undo->click();
            QVERIFY(!text->toPlainText().contains(QStringLiteral("knee")));
            child<QToolButton>(&editor, QStringLiteral("noteRedoButton"))->click();
            QVERIFY(text->toPlainText().contains(QStringLiteral("Left knee sore")));

            cursor.movePosition(QTextCursor::End);
            text->setTextCursor(cursor);
            QTest::keyClicks(text, QStringLiteral("Easy runs for two weeks"));
            editor.close(); // closing saves what the autosave has not yet
        }
        QTRY_COMPARE_WITH_TIMEOUT(SoapTemplate::section(storedNote(*m_store, noteId).first, 3),
                                  QStringLiteral("Easy runs for two weeks"), kWaitMs);

        NoteEditorDialog editor(m_store->context());
        editor.show();
        editor.openNote(noteId);
        auto* text = child<QPlainTextEdit>(&editor, QStringLiteral("noteTextEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(text->isEnabled(), kWaitMs);
        QCOMPARE(SoapTemplate::section(text->toPlainText(), 0),
                 QStringLiteral("Left knee sore after runs"));
        QCOMPARE(child<QLabel>(&editor, QStringLiteral("noteHeadingLabel"))->text(),
                 QStringLiteral("SOAP note"));

        // Shared with the client is a header field of the note.
        child<QCheckBox>(&editor, QStringLiteral("noteSharedCheck"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(editor.note().sharedWithClient, kWaitMs);

        // Sign and lock: the editor turns read-only and the store refuses further edits.
        QVERIFY(!child<QWidget>(&editor, QStringLiteral("noteAmendmentsBox"))->isVisible());
        child<QPushButton>(&editor, QStringLiteral("noteSignButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(editor.note().isSigned, kWaitMs);
        QVERIFY(text->isReadOnly());
        QVERIFY(!child<QPushButton>(&editor, QStringLiteral("noteSignButton"))->isEnabled());
        const QString signedText = text->toPlainText();
        QTest::keyClicks(text, QStringLiteral("sneaky change"));
        QCOMPARE(text->toPlainText(), signedText);

        NotesService service(m_store->session(), nullptr);
        QSignalSpy refused(&service, &NotesService::writeFailed);
        service.saveText(noteId, QStringLiteral("rewritten after signing"));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, kWaitMs);
        QCOMPARE(refused.at(0).at(0).toString(), QStringLiteral("note_signed"));
        QCOMPARE(storedNote(*m_store, noteId).first, signedText);

        // Amend: the signed text stays, the amendment is listed beside it.
        auto* amendmentsBox = child<QWidget>(&editor, QStringLiteral("noteAmendmentsBox"));
        QVERIFY(amendmentsBox->isVisible());
        QTest::keyClicks(child<QPlainTextEdit>(&editor, QStringLiteral("noteAmendmentEdit")),
                         QStringLiteral("Pain also on stairs"));
        child<QPushButton>(&editor, QStringLiteral("noteAmendButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(editor.note().amendments,
                                  QStringList{QStringLiteral("Pain also on stairs")}, kWaitMs);
        QVERIFY(child<QPlainTextEdit>(&editor, QStringLiteral("noteAmendmentsView"))
                    ->toPlainText()
                    .contains(QStringLiteral("Pain also on stairs")));
        QVERIFY(child<QPlainTextEdit>(&editor, QStringLiteral("noteAmendmentEdit"))
                    ->toPlainText()
                    .isEmpty());
        QCOMPARE(storedNote(*m_store, noteId).first, signedText);
        QVERIFY(editor.grab().save(QDir(testing::screenshotDirectory())
                                       .filePath(QStringLiteral("note-editor-signed.png"))));
    }

    void amendmentsShowWhenAndByWhom()
    {
        // The signed-in trainer, named by the profile the server last described; a note signed
        // and amended on this device, then amended on another device of theirs at a known time:
        // both amendments are the trainer's (only a note's author amends it).
        const std::string userId = "01900000-0000-7000-8000-0000000000e1";
        const std::string otherDevice = "01900000-0000-7000-8000-00000000d0d2";
        const QDateTime otherTime(QDate(2026, 3, 2), QTime(15, 4), Qt::UTC);
        const QString noteId = QString::fromStdString(m_store->onStore<std::string>(
            [&, clientId = m_clientId.toStdString()](LocalStore* local) -> std::string {
                const QSqlDatabase db = local->database();
                const bool known =
                    SyncStateRepository(db)
                        .saveAccount(
                            {"https://127.0.0.1:1", {}, "alex@demo.fitflow.test", userId, "token"})
                        .ok() &&
                    ProfileCache(db)
                        .save({{"user",
                                {{"id", userId},
                                 {"email", "alex@demo.fitflow.test"},
                                 {"display_name", "Alex Martin"}}}})
                        .ok();
                auto id = LocalChanges(db).add("note", testing::kTestOrgId,
                                               {{"client_id", clientId}, {"text", "Knee pain"}});
                if (!known || !id || !NoteSignatures(db).sign(*id) ||
                    !NoteSignatures(db).amend(*id, "Pain also on stairs")) {
                    return {};
                }
                const sync::NoteAmendment theirs{
                    {Instant{std::chrono::milliseconds{otherTime.toMSecsSinceEpoch()}}, 0,
                     otherDevice},
                    "Seen by the physio"};
                return NoteStore(db).addMutations(*id, {sync::noteMutationToJson(theirs)}) ? *id
                                                                                           : "";
            }));
        QVERIFY(!noteId.isEmpty());

        NoteEditorDialog editor(m_store->context());
        editor.show();
        editor.openNote(noteId);
        QTRY_COMPARE_WITH_TIMEOUT(editor.note().amendments.size(), 2, kWaitMs);
        const NoteAmendmentSource ours = editor.note().amendmentSources.value(1);
        QVERIFY(qAbs(ours.writtenAt.secsTo(QDateTime::currentDateTimeUtc())) < 10 * 60);
        const QLocale locale;
        const QString shown =
            child<QPlainTextEdit>(&editor, QStringLiteral("noteAmendmentsView"))->toPlainText();
        const QString expected =
            QStringLiteral("Amended %1 by Alex Martin:\nSeen by the physio\n\n"
                           "Amended %2 by Alex Martin:\nPain also on stairs")
                .arg(locale.toString(otherTime.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(ours.writtenAt.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(shown, expected);
        QVERIFY(!shown.contains(QString::fromStdString(userId)));
        QVERIFY(!shown.contains(QString::fromStdString(otherDevice)));
    }

    void conflictingVersionsAreResolvedSideBySide()
    {
        // Two edits from the same base: ours through LocalChanges, theirs as another device's
        // edit arriving by sync (its bases are the heads both devices started from).
        const QString noteId = QString::fromStdString(
            m_store->onStore<std::string>([clientId = m_clientId.toStdString()](LocalStore* local) {
                LocalChanges changes(local->database());
                auto id = changes.add("note", testing::kTestOrgId,
                                      {{"client_id", clientId}, {"text", "Base plan"}});
                if (!id) {
                    return std::string();
                }
                EntityRepository entities(local->database());
                const std::vector<sync::Hlc> base = entities.noteHistory(*id)->heads();
                if (!changes.update("note", *id, {{"text", "Base plan, add rows"}})) {
                    return std::string();
                }
                sync::Hlc theirStamp = base.front();
                theirStamp.counter += 1; // after the base, before our next stamps
                theirStamp.deviceId = "01900000-0000-7000-8000-00000000d0d1";
                const sync::NoteEdit theirs{theirStamp, base, "Base plan, add lunges"};
                if (!NoteStore(local->database())
                         .addMutations(*id, {sync::noteMutationToJson(theirs)})) {
                    return std::string();
                }
                return *id;
            }));
        QVERIFY(!noteId.isEmpty());

        NoteEditorDialog editor(m_store->context());
        editor.show();
        editor.openNote(noteId);
        QTRY_VERIFY_WITH_TIMEOUT(editor.note().conflict, kWaitMs);
        auto* resolve = child<QPushButton>(&editor, QStringLiteral("noteResolveButton"));
        QVERIFY(resolve->isVisible());
        QVERIFY(!child<QPushButton>(&editor, QStringLiteral("noteSignButton"))->isEnabled());

        resolve->click();
        auto* conflict =
            editor.findChild<NoteConflictDialog*>(QStringLiteral("noteConflictDialog"));
        QVERIFY(conflict);
        QTRY_VERIFY(conflict->isVisible());
        const QStringList sides{
            child<QPlainTextEdit>(conflict, QStringLiteral("conflictLeftText"))->toPlainText(),
            child<QPlainTextEdit>(conflict, QStringLiteral("conflictRightText"))->toPlainText()};
        QVERIFY(sides.contains(QStringLiteral("Base plan, add rows")));
        QVERIFY(sides.contains(QStringLiteral("Base plan, add lunges")));

        // Take the right side, then merge by hand in the lower editor.
        child<QPushButton>(conflict, QStringLiteral("conflictKeepRightButton"))->click();
        auto* merged = child<QPlainTextEdit>(conflict, QStringLiteral("conflictMergedText"));
        QCOMPARE(merged->toPlainText(), sides.at(1));
        merged->setPlainText(QStringLiteral("Base plan, add rows and lunges"));
        QVERIFY(conflict->grab().save(
            QDir(testing::screenshotDirectory()).filePath(QStringLiteral("note-conflict.png"))));
        child<QPushButton>(conflict, QStringLiteral("conflictSaveButton"))->click();

        QTRY_VERIFY_WITH_TIMEOUT(!editor.note().conflict, kWaitMs);
        QCOMPARE(editor.note().text, QStringLiteral("Base plan, add rows and lunges"));
        QCOMPARE(child<QPlainTextEdit>(&editor, QStringLiteral("noteTextEdit"))->toPlainText(),
                 QStringLiteral("Base plan, add rows and lunges"));
        QVERIFY(!resolve->isVisible());
        QVERIFY(child<QPushButton>(&editor, QStringLiteral("noteSignButton"))->isEnabled());
        // The resolution is one edit on both heads: the store agrees there is no conflict left.
        const int conflicts = m_store->onStore<int>([](LocalStore* local) {
            QSqlQuery query(local->database());
            query.exec(QStringLiteral("SELECT count(*) FROM sync_conflicts"));
            return query.next() ? query.value(0).toInt() : -1;
        });
        QCOMPARE(conflicts, 0);
    }

private:
    std::unique_ptr<ClientsTestStore> m_store;
    QString m_clientId;
};

QTEST_MAIN(TestNoteEditor)
#include "TestNoteEditor.moc"
