#pragma once
// The calendar grid: one column per visible day, one row band per hour, sessions of every
// studio drawn as blocks in their studio's colour (QPainter, palette-aware). Times are shown in
// one zone (the page labels which). Drag a block to move it, drag its bottom edge to change its
// length (both snap to 15 minutes), double-click empty space to book, double-click a block to
// edit. With the keyboard: arrows select the previous/next session, Enter edits it, Shift+Up/Down
// moves it by 15 minutes and Shift+Left/Right by a day, Alt+Up/Down shortens or lengthens it.
// Time outside the trainer's availability (AvailabilityBook) is shaded. The view only reports
// intent; the page writes.

#include "desktop/core/calendar/AvailabilityShading.h"
#include "desktop/core/calendar/VisibleRange.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimeZone>
#include <QWidget>

namespace fitflow::desktop {

class SessionListModel;
struct BookedSession;

class CalendarView : public QWidget {
    Q_OBJECT

public:
    static constexpr int kHourHeight = 44;
    static constexpr int kSnapMinutes = 15;

    CalendarView(SessionListModel& model, QWidget* parent = nullptr);

    void setRange(const VisibleRange& range);
    VisibleRange range() const { return m_range; }
    QTimeZone timeZone() const;

    QString selectedSessionId() const { return m_selectedId; }
    void selectSession(const QString& id);

    // Where a session's block is drawn (empty when it is not visible). Also used by tests.
    QRect sessionRect(const QString& id) const;
    // The point drawn for an instant (x at the middle of its day column).
    QPoint pointAt(const QDateTime& instant) const;
    // The instant under a point, snapped to kSnapMinutes; invalid outside the grid.
    QDateTime instantAt(const QPoint& point) const;

    // The parts of `day` shaded as outside availability (empty: none set). Also used by tests.
    std::vector<MinuteRun> unavailableRuns(const QDate& day) const;
    QColor unavailableColour() const;

    // The top of the visible part (the scroll position), where the day names are drawn.
    void setHeaderTop(int y);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void selectionChanged(const QString& sessionId);
    void createRequested(const QDateTime& start);
    void editRequested(const QString& sessionId);
    // A drag ended with new times (UTC) for the session.
    void rescheduleRequested(const QString& sessionId, const QDateTime& start,
                             const QDateTime& end);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    enum class DragMode { None, Move, Resize };
    struct Drag {
        DragMode mode = DragMode::None;
        QString sessionId;
        QPoint pressPoint;
        QDateTime originalStart;
        QDateTime originalEnd;
        QDateTime start; // preview
        QDateTime end;
        bool started = false;
    };

    // Where a block sits across its day column: sessions that overlap in time share the column
    // side by side (lane `index` of `count`), so none hides another.
    struct Lane {
        int index = 0;
        int count = 1;
    };

    int dayWidth() const;
    int dayColumn(const QDate& day) const;
    QRect blockRect(const QDateTime& start, const QDateTime& end) const; // the whole column
    QRect blockRect(const QDateTime& start, const QDateTime& end, Lane lane) const;
    // The lane of every visible session, by id (overlapping sessions of one day are grouped and
    // each takes the first lane free at its start).
    QHash<QString, Lane> lanes() const;
    QString sessionAt(const QPoint& point) const;
    void updateDrag(const QPoint& point);
    // Selects the visible session before (step -1) or after (+1) the selected one, in time order.
    void selectNeighbour(int step);
    // Asks to move the selected session by `shiftSeconds` and change its end by `lengthSeconds`
    // more (never shorter than kSnapMinutes).
    void nudgeSelected(qint64 shiftSeconds, qint64 lengthSeconds);

    void paintGrid(QPainter& painter) const;
    void paintDayHeader(QPainter& painter) const;
    void paintUnavailable(QPainter& painter) const;
    QColor gridLineColour() const;
    void paintSession(QPainter& painter, const BookedSession& session, const QDateTime& start,
                      const QDateTime& end, Lane lane) const;

    SessionListModel& m_model;
    VisibleRange m_range;
    QString m_selectedId;
    Drag m_drag;
    int m_headerTop = 0;
};

} // namespace fitflow::desktop
