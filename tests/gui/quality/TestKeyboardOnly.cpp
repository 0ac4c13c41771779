// A user without a mouse, over the real main window and a seeded demo store: every page by its
// View shortcut, the main window of each page by that page's own shortcut (and Escape closes it
// again), then Lock. Shortcuts are read from the actions, so the test follows a changed key.

#include "QualityDemoWindow.h"

#include "desktop/ui/notes/NoteEditorDialog.h"
#include "desktop/ui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QListView>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace fitflow::desktop;
using namespace fitflow::desktop::testing;

class TestKeyboardOnly : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void viewShortcutsReachEveryPage();
    void mainWindowsOpenByShortcutAndCloseWithEscape_data();
    void mainWindowsOpenByShortcutAndCloseWithEscape();
    void tabLeavesTheNoteText();
    void lockShortcutClosesTheStore();
    void cleanupTestCase();

private:
    QAction* action(const QString& objectName) const;
    // Presses `keys` where the keyboard focus is, as a user would.
    static void press(const QKeySequence& keys);

    QualityDemoWindow m_demo;
    QualityDemoStore* m_store = nullptr;
    MainWindow* m_window = nullptr;
};

void TestKeyboardOnly::initTestCase()
{
    const QString failure = m_demo.open();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_store = &m_demo.store();
    m_window = &m_demo.window();
}

QAction* TestKeyboardOnly::action(const QString& objectName) const
{
    return m_window->findChild<QAction*>(objectName);
}

void TestKeyboardOnly::press(const QKeySequence& keys)
{
    QWidget* target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keySequence(target, keys);
}

void TestKeyboardOnly::viewShortcutsReachEveryPage()
{
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("pageStack"));
    QVERIFY(stack && stack->count() >= 5);
    // From the last page backwards, so every press is a real change of page.
    for (int row = stack->count() - 1; row >= 0; --row) {
        QAction* show = action(QStringLiteral("showPageAction%1").arg(row + 1));
        QVERIFY(show && !show->shortcut().isEmpty());
        press(show->shortcut());
        QTRY_COMPARE(stack->currentIndex(), row);
    }
}

void TestKeyboardOnly::mainWindowsOpenByShortcutAndCloseWithEscape_data()
{
    QTest::addColumn<int>("page"); // View ▸ page row, shown first
    QTest::addColumn<QString>("actionName");
    QTest::addColumn<QString>("windowName");
    QTest::newRow("new session") << 1 << QStringLiteral("calendarNewAction")
                                 << QStringLiteral("sessionDialog");
    QTest::newRow("new client") << 2 << QStringLiteral("newClientAction")
                                << QStringLiteral("clientEditorDialog");
    QTest::newRow("new invoice") << 3 << QStringLiteral("newInvoiceAction")
                                 << QStringLiteral("newInvoiceDialog");
    QTest::newRow("financial overview")
        << 3 << QStringLiteral("financeOverviewAction") << QStringLiteral("financePage");
}

void TestKeyboardOnly::mainWindowsOpenByShortcutAndCloseWithEscape()
{
    QFETCH(int, page);
    QFETCH(QString, actionName);
    QFETCH(QString, windowName);
    QApplication::setActiveWindow(m_window);
    press(action(QStringLiteral("showPageAction%1").arg(page + 1))->shortcut());
    QTest::qWait(300);
    QAction* opener = action(actionName);
    QVERIFY(opener && !opener->shortcut().isEmpty());

    bool opened = false;
    bool closedByEscape = false;
    // A modal window runs its own event loop inside the key press; the timer acts in it.
    QTimer::singleShot(700, this, [&] {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            if (window->objectName() != windowName || !window->isVisible()) {
                continue;
            }
            opened = true;
            QApplication::setActiveWindow(window);
            QWidget* focus = window->focusWidget() ? window->focusWidget() : window;
            QTest::keyClick(focus, Qt::Key_Escape);
            closedByEscape = QTest::qWaitFor([window] { return !window->isVisible(); }, 2000);
            window->close(); // whatever happened, leave the main window alone again
        }
    });
    press(opener->shortcut());
    QTest::qWait(1500);
    QVERIFY2(opened, qPrintable(windowName + QStringLiteral(" did not open by ") +
                                opener->shortcut().toString(QKeySequence::NativeText)));
    QVERIFY2(closedByEscape, qPrintable(windowName + QStringLiteral(" did not close with Escape")));
}

// A keyboard user writing a note reaches Sign, Shared and Close with Tab; the note's text gets
// no tab characters.
void TestKeyboardOnly::tabLeavesTheNoteText()
{
    NoteEditorDialog editor(m_store->context(), m_window);
    editor.startNote(m_store->firstClientId(), QString(), QStringLiteral("soap"));
    editor.show();
    auto* text = editor.findChild<QPlainTextEdit*>(QStringLiteral("noteTextEdit"));
    QVERIFY(text);
    QTRY_VERIFY_WITH_TIMEOUT(text->isEnabled(), 10000);
    QApplication::setActiveWindow(&editor);
    text->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(text->hasFocus());
    const QString before = text->toPlainText();
    QTest::keyClick(text, Qt::Key_Tab);
    QVERIFY2(!text->hasFocus(), "Tab stayed in the note's text");
    QCOMPARE(text->toPlainText(), before);
    editor.reject();
}

void TestKeyboardOnly::lockShortcutClosesTheStore()
{
    QApplication::setActiveWindow(m_window);
    QAction* lock = action(QStringLiteral("lockAction"));
    QVERIFY(lock);
    press(lock->shortcut());
    QTRY_COMPARE(m_store->session().state(), StoreSession::State::Locked);
}

void TestKeyboardOnly::cleanupTestCase()
{
    m_window = nullptr;
    m_store = nullptr;
    m_demo.close();
}

QTEST_MAIN(TestKeyboardOnly)
#include "TestKeyboardOnly.moc"
