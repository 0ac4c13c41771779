// The calendar without a mouse, over the real main window and the seeded demo store: the arrow
// keys select sessions in time order (so Edit, Complete, Cancel... have something to act on),
// Shift+Down moves the selected session 15 minutes later and Alt+Down makes it 15 minutes longer
// through the same path as a drag, and Enter opens it.

#include "QualityDemoWindow.h"

#include "desktop/core/calendar/SessionListModel.h"
#include "desktop/ui/calendar/CalendarView.h"
#include "desktop/ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTest>

using namespace fitflow::desktop;
using namespace fitflow::desktop::testing;

class TestCalendarKeyboard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void arrowsSelectSessionsInTimeOrder();
    void shiftAndAltArrowsMoveAndLengthenTheSelectedSession();
    void enterEditsTheSelectedSession();
    void cleanupTestCase();

private:
    const BookedSession* selected() const;
    // Confirms the conflict question a move may ask (the demo day is busy).
    static void acceptConflictQuestion();

    QualityDemoWindow m_demo;
    QualityDemoStore* m_store = nullptr;
    MainWindow* m_window = nullptr;
    CalendarView* m_view = nullptr;
    SessionListModel* m_model = nullptr;
};

void TestCalendarKeyboard::initTestCase()
{
    const QString failure = m_demo.open();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_store = &m_demo.store();
    m_window = &m_demo.window();
    m_window->showPage(NavigationModel::Page::Calendar);
    m_view = m_window->findChild<CalendarView*>(QStringLiteral("calendarView"));
    QVERIFY(m_view);
    // The calendar page's own model (the dashboard has others).
    auto* page = m_window->findChild<QWidget*>(QStringLiteral("calendarPage"));
    QVERIFY(page);
    m_model = page->findChild<SessionListModel*>();
    QVERIFY(m_model);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->sessions().size() >= 3, 10000);
    m_view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_view->hasFocus());
}

void TestCalendarKeyboard::cleanupTestCase()
{
    m_window = nullptr;
    m_store = nullptr;
    m_demo.close();
}

const BookedSession* TestCalendarKeyboard::selected() const
{
    return m_model->session(m_view->selectedSessionId());
}

void TestCalendarKeyboard::acceptConflictQuestion()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* box = qobject_cast<QMessageBox*>(widget);
            box && box->isVisible() &&
            box->objectName() == QLatin1String("rescheduleConflictBox")) {
            QTest::keyClick(box, Qt::Key_Y, Qt::AltModifier);
            if (box->isVisible()) {
                box->button(QMessageBox::Yes)->click();
            }
        }
    }
}

void TestCalendarKeyboard::arrowsSelectSessionsInTimeOrder()
{
    QVERIFY(m_view->selectedSessionId().isEmpty());
    QAction* edit = m_window->findChild<QAction*>(QStringLiteral("calendarEditAction"));
    QVERIFY(edit && !edit->isEnabled());
    QTest::keyClick(m_view, Qt::Key_Down);
    const BookedSession* first = selected();
    QVERIFY2(first, "Down selected nothing");
    QVERIFY(edit->isEnabled());
    const QString firstId = first->id;
    const QDateTime firstStart = first->start;
    QTest::keyClick(m_view, Qt::Key_Down);
    const BookedSession* second = selected();
    QVERIFY(second && second->id != firstId);
    QVERIFY(second->start >= firstStart);
    QTest::keyClick(m_view, Qt::Key_Up);
    QCOMPARE(m_view->selectedSessionId(), firstId);
}

void TestCalendarKeyboard::shiftAndAltArrowsMoveAndLengthenTheSelectedSession()
{
    const BookedSession* session = selected();
    QVERIFY(session);
    const QString id = session->id;
    const QDateTime start = session->start;
    const QDateTime end = session->end;
    QTest::keyClick(m_view, Qt::Key_Down, Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        (acceptConflictQuestion(), m_model->session(id) && m_model->session(id)->start != start),
        10000);
    QCOMPARE(m_model->session(id)->start, start.addSecs(15 * 60));
    QCOMPARE(m_model->session(id)->end, end.addSecs(15 * 60));

    m_view->selectSession(id); // the reload after the write keeps or restores it
    QTest::keyClick(m_view, Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        (acceptConflictQuestion(), m_model->session(id)->end != end.addSecs(15 * 60)), 10000);
    QCOMPARE(m_model->session(id)->start, start.addSecs(15 * 60));
    QCOMPARE(m_model->session(id)->end, end.addSecs(30 * 60));
}

void TestCalendarKeyboard::enterEditsTheSelectedSession()
{
    QVERIFY(selected());
    m_view->setFocus(Qt::TabFocusReason);
    QTest::keyClick(m_view, Qt::Key_Return);
    const auto openDialog = [] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QLatin1String("sessionDialog") && widget->isVisible()) {
                return widget;
            }
        }
        return static_cast<QWidget*>(nullptr);
    };
    QTRY_VERIFY_WITH_TIMEOUT(openDialog() != nullptr, 10000);
    QTest::keyClick(openDialog(), Qt::Key_Escape);
    QTRY_VERIFY(openDialog() == nullptr);
}

QTEST_MAIN(TestCalendarKeyboard)
#include "TestCalendarKeyboard.moc"
