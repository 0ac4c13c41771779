// The Clients page driven by object name against a real encrypted store: create a client through
// the editor (inline errors first), find it by instant search, edit it, look at its profile and
// history, delete it after confirming. Both item models run under QAbstractItemModelTester.

#include "desktop/core/clients/ClientsService.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/money/InvoiceOperations.h"
#include "desktop/ui/clients/ClientEditorDialog.h"
#include "desktop/ui/clients/ClientsPage.h"
#include "desktop/ui/notes/NoteEditorDialog.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/gui/clients/ClientsTestStore.h"
#include "tests/support/QuebecSampleInvoice.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace fitflow;
using namespace fitflow::desktop;
using fitflow::desktop::testing::child;
using fitflow::desktop::testing::ClientsTestStore;

namespace {

constexpr int kWaitMs = 20000;

ClientEditorDialog* openEditor(ClientsPage& page, const char* actionName)
{
    child<QAction>(&page, QString::fromLatin1(actionName))->trigger();
    ClientEditorDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = page.findChild<ClientEditorDialog*>(QStringLiteral("clientEditorDialog"));
            return dialog != nullptr && dialog->isVisible();
        },
        kWaitMs);
    if (!shown) {
        qWarning("the client editor did not open");
        return nullptr;
    }
    return dialog;
}

void setField(QWidget* dialog, const char* objectName, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, QString::fromLatin1(objectName));
    edit->clear();
    QTest::keyClicks(edit, text);
}

QStringList shownNames(const QTableView* table)
{
    QStringList names;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        names << table->model()->index(row, ClientListModel::NameColumn).data().toString();
    }
    return names;
}

} // namespace

class TestClientsPage : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_store = std::make_unique<ClientsTestStore>();
        QVERIFY(m_store->open());
        m_page = std::make_unique<ClientsPage>(m_store->context());
        m_listTester = std::make_unique<QAbstractItemModelTester>(
            m_page->service().clients(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_historyTester = std::make_unique<QAbstractItemModelTester>(
            m_page->service().history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1000, 640);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_listTester.reset();
        m_historyTester.reset();
        m_page.reset();
        m_store.reset();
    }

    void createFindEditAndDeleteAClient()
    {
        auto* table = child<QTableView>(m_page.get(), QStringLiteral("clientTable"));
        auto* search = child<QLineEdit>(m_page.get(), QStringLiteral("clientSearchField"));
        QTRY_COMPARE_WITH_TIMEOUT(
            child<QLabel>(m_page.get(), QStringLiteral("clientCountLabel"))->text(),
            QStringLiteral("0 client(s)"), kWaitMs);

        QSignalSpy broadcasts(&m_store->events(), &StoreEvents::changed);

        // New client: the required names are checked before anything is written.
        ClientEditorDialog* dialog = openEditor(*m_page, "newClientAction");
        QVERIFY(dialog);
        QCOMPARE(child<QComboBox>(dialog, QStringLiteral("clientOrganizationCombo"))->currentText(),
                 QStringLiteral("Northside Studios"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("clientSaveButton")),
                          Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, QStringLiteral("firstNameError"))->isVisible());
        QVERIFY(child<QLabel>(dialog, QStringLiteral("lastNameError"))->isVisible());

        // The store's field checks come back beside the field (a phone over 320 characters).
        setField(dialog, "firstNameEdit", QStringLiteral("Élodie"));
        setField(dialog, "lastNameEdit", QStringLiteral("Marchand"));
        setField(dialog, "emailEdit", QStringLiteral("elodie@example.ca"));
        child<QLineEdit>(dialog, QStringLiteral("phoneEdit"))
            ->setText(QString(330, QLatin1Char('5')));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("clientSaveButton")),
                          Qt::LeftButton);
        auto* phoneError = child<QLabel>(dialog, QStringLiteral("phoneError"));
        QTRY_VERIFY_WITH_TIMEOUT(phoneError->isVisible(), kWaitMs);
        QVERIFY(!phoneError->text().isEmpty());
        QVERIFY(dialog->isVisible());

        // An e-mail address the server would refuse is refused here, said in words.
        setField(dialog, "phoneEdit", QStringLiteral("514-555-0142"));
        setField(dialog, "emailEdit", QStringLiteral("elodie at example"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("clientSaveButton")),
                          Qt::LeftButton);
        auto* emailError = child<QLabel>(dialog, QStringLiteral("emailError"));
        QTRY_VERIFY_WITH_TIMEOUT(emailError->isVisible(), kWaitMs);
        QVERIFY2(emailError->text().startsWith(QStringLiteral("Enter an e-mail address")),
                 qPrintable(emailError->text()));
        setField(dialog, "emailEdit", QStringLiteral("elodie@example.ca"));

        auto* homeLocation = child<QComboBox>(dialog, QStringLiteral("clientHomeLocationCombo"));
        homeLocation->setCurrentIndex(homeLocation->findText(QStringLiteral("Northside Annex")));
        QPointer<ClientEditorDialog> guard(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("clientSaveButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(table),
                                  QStringList{QStringLiteral("Marchand, Élodie")}, kWaitMs);

        QTRY_VERIFY_WITH_TIMEOUT(!broadcasts.isEmpty(), kWaitMs);
        QCOMPARE(broadcasts.first().first().toString(), QStringLiteral("client"));

        // Ctrl+F focuses the search field; typing narrows the list at once (accents ignored).
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("zz"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, kWaitMs);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("elo mar"));
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(table),
                                  QStringList{QStringLiteral("Marchand, Élodie")}, kWaitMs);

        // Selecting shows the profile.
        table->selectRow(0);
        auto* profileName = child<QLabel>(m_page.get(), QStringLiteral("profileNameLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(profileName->text(), QStringLiteral("Élodie Marchand"), kWaitMs);
        QCOMPARE(child<QLabel>(m_page.get(), QStringLiteral("profileHomeLocationLabel"))->text(),
                 QStringLiteral("Northside Annex"));
        QCOMPARE(child<QLabel>(m_page.get(), QStringLiteral("profileOrganizationLabel"))->text(),
                 QStringLiteral("Northside Studios"));
        QVERIFY(child<QLabel>(m_page.get(), QStringLiteral("clientInvoicesEmpty"))->isVisible());

        // Edit: the dialog opens with the stored values; the new name is found, the old is not.
        dialog = openEditor(*m_page, "editClientAction");
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("emailEdit"))->text(),
                 QStringLiteral("elodie@example.ca"));
        setField(dialog, "lastNameEdit", QStringLiteral("Tremblay"));
        guard = dialog;
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("clientSaveButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, kWaitMs); // "elo mar" no more
        search->clear();
        QTest::keyClicks(search, QStringLiteral("tremb"));
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(table),
                                  QStringList{QStringLiteral("Tremblay, Élodie")}, kWaitMs);
        table->selectRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(profileName->text(), QStringLiteral("Élodie Tremblay"), kWaitMs);

        // Delete: Cancel (the default) keeps the client; Delete removes it.
        child<QAction>(m_page.get(), QStringLiteral("deleteClientAction"))->trigger();
        auto* confirm = m_page->findChild<QMessageBox*>(QStringLiteral("clientDeleteConfirm"));
        QVERIFY(confirm);
        QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
        confirm->button(QMessageBox::Cancel)->click();
        QTest::qWait(200);
        QCOMPARE(table->model()->rowCount(), 1);

        table->selectRow(0);
        child<QAction>(m_page.get(), QStringLiteral("deleteClientAction"))->trigger();
        QTRY_VERIFY(m_page->findChild<QMessageBox*>(QStringLiteral("clientDeleteConfirm")));
        confirm = m_page->findChild<QMessageBox*>(QStringLiteral("clientDeleteConfirm"));
        child<QPushButton>(confirm, QStringLiteral("clientDeleteConfirmButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, kWaitMs);
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(
            child<QLabel>(m_page.get(), QStringLiteral("clientCountLabel"))->text(),
            QStringLiteral("0 client(s)"), kWaitMs);
        // The deletion is queued for sync: create, two edits... and one delete in the outbox.
        const qint64 pending = m_store->onStore<qint64>([](LocalStore* store) -> qint64 {
            QSqlQuery query(store->database());
            query.exec(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity = 'client'"));
            return query.next() ? query.value(0).toLongLong() : -1;
        });
        QCOMPARE(pending, qint64{3});

        // Undo brings the client back, and tells sync so (an "undelete" change).
        QVERIFY(child<QWidget>(m_page.get(), QStringLiteral("clientUndoBar"))->isVisible());
        QCOMPARE(child<QLabel>(m_page.get(), QStringLiteral("clientUndoLabel"))->text(),
                 QStringLiteral("Deleted Élodie Tremblay."));
        child<QPushButton>(m_page.get(), QStringLiteral("clientUndoButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(table),
                                  QStringList{QStringLiteral("Tremblay, Élodie")}, kWaitMs);
        QVERIFY(!child<QWidget>(m_page.get(), QStringLiteral("clientUndoBar"))->isVisible());
        const QString lastChange = m_store->onStore<QString>([](LocalStore* store) {
            QSqlQuery query(store->database());
            query.exec(QStringLiteral("SELECT payload FROM sync_outbox WHERE entity = 'client'"
                                      " ORDER BY mutation_id DESC LIMIT 1"));
            return query.next() ? query.value(0).toString() : QString();
        });
        QVERIFY2(lastChange.contains(QStringLiteral("\"undelete\"")), qPrintable(lastChange));
    }

    void profileListsNotesAndSessions()
    {
        const std::string clientId = m_store->onStore<std::string>([](LocalStore* store) {
            LocalChanges changes(store->database());
            auto client = changes.add("client", testing::kTestOrgId,
                                      {{"first_name", "Ravi"}, {"last_name", "Shah"}});
            if (!client) {
                return std::string();
            }
            const bool ok =
                changes
                    .add("session", testing::kTestOrgId,
                         {{"client_id", *client},
                          {"location_id", testing::kTestLocationId},
                          {"trainer_id", "01900000-0000-7000-8000-00000000000e"},
                          {"starts_at", "2026-11-20T14:00:00Z"},
                          {"ends_at", "2026-11-20T15:00:00Z"}})
                    .ok() &&
                changes
                    .add("note", testing::kTestOrgId,
                         {{"client_id", *client}, {"text", "Squats to parallel, no pain"}})
                    .ok() &&
                desktop::money::InvoiceOperations(store->database())
                    .draft(testing::kTestOrgId,
                           fitflow::test::quebecSampleDraft({.clientId = *client}))
                    .ok();
            return ok ? *client : std::string();
        });
        QVERIFY(!clientId.empty());
        auto* table = child<QTableView>(m_page.get(), QStringLiteral("clientTable"));
        // Written elsewhere (another page, a sync round): the broadcast makes the page reload.
        m_store->events().notifyChanged(QStringLiteral("client"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kWaitMs);
        table->selectRow(0);
        auto* history = child<QListView>(m_page.get(), QStringLiteral("clientHistoryList"));
        QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 3, kWaitMs);
        QVERIFY(history->model()->index(0, 0).data().toString().contains(
            QStringLiteral("Squats to parallel")));
        QVERIFY(history->model()->index(1, 0).data().toString().contains(
            QStringLiteral("Northside Plateau")));
        QCOMPARE(history->model()->index(0, 0).data(ClientHistoryModel::kKindRole).toInt(),
                 static_cast<int>(ClientHistoryModel::Kind::Note));
        // The draft invoice: $100 plus GST 5% and QST 9.975% computed by the shared tax engine.
        const QModelIndex invoice = history->model()->index(2, 0);
        QCOMPARE(invoice.data(ClientHistoryModel::kKindRole).toInt(),
                 static_cast<int>(ClientHistoryModel::Kind::Invoice));
        QCOMPARE(invoice.data().toString(),
                 QStringLiteral("Invoice (no number yet) (draft): total $114.98"));
        QVERIFY(!child<QLabel>(m_page.get(), QStringLiteral("clientInvoicesEmpty"))->isVisible());
        QVERIFY(child<QLabel>(m_page.get(), QStringLiteral("clientInvoicesSummary"))->isVisible());
        QCOMPARE(child<QLabel>(m_page.get(), QStringLiteral("profileTrainersLabel"))->text(),
                 QStringLiteral("None assigned yet"));

        // A session in the history opens its note: started from the SOAP template the first
        // time, the same note the next time.
        const QModelIndex session = history->model()->index(1, 0);
        const QString sessionId = session.data(ClientHistoryModel::kIdRole).toString();
        history->setCurrentIndex(session);
        QTest::keyClick(history, Qt::Key_Return);
        NoteEditorDialog* editor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (editor = m_page->findChild<NoteEditorDialog*>(QStringLiteral("noteEditorDialog"))) &&
                editor->note().sessionId == sessionId,
            kWaitMs);
        const QString sessionNoteId = editor->noteId();
        QCOMPARE(editor->note().format, QStringLiteral("soap"));
        const QPointer<NoteEditorDialog> firstEditor(editor);
        editor->close();
        QTRY_VERIFY(firstEditor.isNull()); // closed editors delete themselves
        QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 4, kWaitMs); // the new note
        history->setCurrentIndex(history->model()->index(2, 0)); // sessions follow the notes
        QCOMPARE(history->currentIndex().data(ClientHistoryModel::kIdRole).toString(), sessionId);
        QTest::keyClick(history, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            (editor = m_page->findChild<NoteEditorDialog*>(QStringLiteral("noteEditorDialog"))) &&
                !editor->noteId().isEmpty(),
            kWaitMs);
        QCOMPARE(editor->noteId(), sessionNoteId);
        editor->close();

        // For reviewers: the page with a selected client and their history.
        QVERIFY(m_page->grab().save(
            QDir(testing::screenshotDirectory()).filePath(QStringLiteral("clients-page.png"))));
    }

private:
    std::unique_ptr<ClientsTestStore> m_store;
    std::unique_ptr<ClientsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
    std::unique_ptr<QAbstractItemModelTester> m_historyTester;
};

QTEST_MAIN(TestClientsPage)
#include "TestClientsPage.moc"
