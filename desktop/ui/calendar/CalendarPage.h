#pragma once
// The Calendar page: sessions of every studio in one day or week grid, one colour per studio,
// times in this computer's time zone (labelled). Navigation, booking, editing, drag to move or
// resize, complete / cancel (late fee shown) / no-show / reopen, the session's note, and .ics
// export. Its keyboard shortcuts win over the window's while focus is inside the page; day/week
// are Ctrl+Shift+D / Ctrl+Shift+W, so the window's Ctrl+1..5 page keys keep working here.

#include "desktop/core/DesktopContext.h"
#include "desktop/core/calendar/CalendarPreferences.h"
#include "desktop/core/calendar/VisibleRange.h"
#include "desktop/storage/calendar/BookedSession.h"
#include "desktop/sync/LocalClock.h"
#include "shared/core/Result.h"
#include "shared/scheduling/SessionStatus.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

#include <vector>

class QAction;
class QLabel;
class QProgressBar;
class QTimer;

namespace fitflow::desktop {

class BookingFlow;
class CalendarService;
class CalendarView;
class NewSessionSlot;
class SessionListModel;

class CalendarPage : public QWidget {
    Q_OBJECT

public:
    enum class ExportScope { VisibleRange, Everything };

    explicit CalendarPage(DesktopContext context, QWidget* parent = nullptr);

    void setPreferences(const CalendarPreferences& preferences);
    // The zone the grid is drawn in (default: this computer's).
    void setTimeZone(const QTimeZone& zone);
    void showDay(QDate anchor, CalendarSpan span);
    // The clock of the page and its service (CalendarService::setClock): when a session has
    // started (Complete / No-show), booking from now, cancellation fees. Tests pin it.
    void setClock(PhysicalClock clock);

    VisibleRange visibleRange() const;
    CalendarSpan span() const { return m_span; }
    SessionListModel& model() const { return *m_model; }
    CalendarView& view() const { return *m_view; }
    BookingFlow& bookingFlow() const { return *m_booking; }

    // Writes the sessions of the visible range (or all) as iCalendar to `path`: read through
    // runOnStore, the text built and written on a worker thread, a busy bar shown meanwhile (the
    // export actions are disabled). The outcome is shown in the message line and reported by
    // exportFinished().
    void exportTo(const QString& path, ExportScope scope);

public slots:
    void reload();

signals:
    // After every reload (also when it failed).
    void reloaded();
    void exportFinished(bool ok, const QString& path);

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QAction* makeAction(const QString& objectName, const QString& text, const QKeySequence& key,
                        const QString& tip);
    void buildActions();
    QWidget* buildToolBar();
    QAction* actionFor(const QKeyCombination& key) const;
    void refreshHeader();
    void refreshActionStates();
    // Enables an outcome action (Complete, No-show) only once the selected session has started;
    // before that its tooltip and status tip say why.
    void refreshOutcomeAction(QAction* action, bool allowed, const QDateTime& notBefore);
    QDateTime nowUtc() const;
    void bookNew();
    void bookAt(const QDateTime& start, const QString& locationId = {});
    void editSelected();
    void openSelectedNote();
    void changeSelectedStatus(scheduling::SessionAction action);
    void confirmCancellation(const QString& sessionId);
    void askExport(ExportScope scope);
    void showMessage(const QString& text);
    void writeExport(const QString& path, fitflow::Result<std::vector<BookedSession>> sessions);
    void setExporting(bool running);

    DesktopContext m_context;
    CalendarPreferences m_preferences;
    CalendarService* m_service = nullptr;
    SessionListModel* m_model = nullptr;
    CalendarView* m_view = nullptr;
    BookingFlow* m_booking = nullptr;
    NewSessionSlot* m_newSessionSlot = nullptr;
    QDate m_anchor;
    CalendarSpan m_span = CalendarSpan::Week;
    QLabel* m_rangeLabel = nullptr;
    QLabel* m_zoneLabel = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_exportProgress = nullptr;
    QTimer* m_startWatch = nullptr; // refreshes the actions when the selected session starts
    QList<QAction*> m_exportActions;
    QList<QAction*> m_keyboardActions;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_noteAction = nullptr;
    QAction* m_completeAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_noShowAction = nullptr;
    QAction* m_reopenAction = nullptr;
    QAction* m_dayAction = nullptr;
    QAction* m_weekAction = nullptr;
};

} // namespace fitflow::desktop
