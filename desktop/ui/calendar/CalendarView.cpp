#include "desktop/ui/calendar/CalendarView.h"

#include "desktop/core/calendar/AvailabilityBook.h"
#include "desktop/core/calendar/AvailabilityShading.h"
#include "desktop/core/calendar/SessionListModel.h"
#include "desktop/core/calendar/StudioColors.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QToolTip>

#include <algorithm>
#include <vector>

namespace fitflow::desktop {

namespace {

constexpr int kGutterWidth = 56;
constexpr int kHeaderHeight = 30;
constexpr int kMinutesPerDay = 24 * 60;
constexpr int kResizeGrip = 6;
constexpr int kMinimumBlockHeight = 14;
constexpr int kMinimumDayWidth = 60;
constexpr int kBlockMargin = 2;
constexpr int kStripeWidth = 4;
constexpr int kCancelledAlpha = 110;

int yForMinutes(int minutes)
{
    return kHeaderHeight + minutes * CalendarView::kHourHeight / 60;
}

int minutesSinceMidnight(const QDateTime& local)
{
    return local.time().hour() * 60 + local.time().minute();
}

} // namespace

CalendarView::CalendarView(SessionListModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_range(VisibleRange::around(QDate::currentDate(), CalendarSpan::Week))
{
    setObjectName(QStringLiteral("calendarView"));
    setAccessibleName(tr("Sessions calendar"));
    setAccessibleDescription(
        tr("Arrow keys select a session, Enter edits it, Shift+arrows move it, Alt+Up and "
           "Alt+Down change its length"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] { update(); });
    connect(&m_model, &QAbstractItemModel::dataChanged, this, [this] { update(); });
    connect(&AvailabilityBook::instance(), &AvailabilityBook::changed, this, [this] { update(); });
}

void CalendarView::setRange(const VisibleRange& range)
{
    m_range = range;
    update();
}

QTimeZone CalendarView::timeZone() const
{
    return m_model.timeZone();
}

void CalendarView::selectSession(const QString& id)
{
    if (id == m_selectedId) {
        return;
    }
    m_selectedId = id;
    update();
    emit selectionChanged(id);
}

QSize CalendarView::sizeHint() const
{
    return {kGutterWidth + 7 * 110, yForMinutes(kMinutesPerDay) + 1};
}

QSize CalendarView::minimumSizeHint() const
{
    return {kGutterWidth + m_range.dayCount * kMinimumDayWidth, yForMinutes(kMinutesPerDay) + 1};
}

int CalendarView::dayWidth() const
{
    return std::max(kMinimumDayWidth, (width() - kGutterWidth) / std::max(1, m_range.dayCount));
}

int CalendarView::dayColumn(const QDate& day) const
{
    return m_range.contains(day) ? static_cast<int>(m_range.firstDay.daysTo(day)) : -1;
}

QRect CalendarView::blockRect(const QDateTime& start, const QDateTime& end) const
{
    return blockRect(start, end, Lane{});
}

QRect CalendarView::blockRect(const QDateTime& start, const QDateTime& end, Lane lane) const
{
    const QDateTime localStart = start.toTimeZone(timeZone());
    const QDateTime localEnd = end.toTimeZone(timeZone());
    const int column = dayColumn(localStart.date());
    if (column < 0) {
        return {};
    }
    const int startMinutes = minutesSinceMidnight(localStart);
    // A block running past midnight is drawn to the end of its first day.
    const int endMinutes =
        localEnd.date() > localStart.date() ? kMinutesPerDay : minutesSinceMidnight(localEnd);
    const int top = yForMinutes(startMinutes);
    const int height = std::max(kMinimumBlockHeight, yForMinutes(endMinutes) - top);
    const int left = kGutterWidth + column * dayWidth() + kBlockMargin;
    const int width = dayWidth() - 2 * kBlockMargin;
    if (lane.count <= 1) {
        return {left, top, width, height};
    }
    const int laneWidth = width / lane.count;
    const int gap = lane.index + 1 < lane.count ? kBlockMargin : 0;
    return {left + lane.index * laneWidth, top, std::max(1, laneWidth - gap), height};
}

QHash<QString, CalendarView::Lane> CalendarView::lanes() const
{
    struct Placed {
        const BookedSession* session;
        QDate day; // local date of the start: the block's column
    };
    std::vector<Placed> placed;
    for (const BookedSession& session : m_model.sessions()) {
        const QDate day = session.start.toTimeZone(timeZone()).date();
        if (dayColumn(day) >= 0) {
            placed.push_back({&session, day});
        }
    }
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
        return a.day != b.day ? a.day < b.day : a.session->start < b.session->start;
    });
    QHash<QString, Lane> result;
    std::vector<QString> group;     // sessions of one run of overlaps
    std::vector<QDateTime> laneEnd; // when each lane of the group is free again
    QDate groupDay;
    QDateTime groupEnd;
    const auto closeGroup = [&] {
        for (const QString& id : group) {
            result[id].count = static_cast<int>(laneEnd.size());
        }
        group.clear();
        laneEnd.clear();
    };
    for (const Placed& item : placed) {
        const BookedSession& session = *item.session;
        if (!group.empty() && (item.day != groupDay || session.start >= groupEnd)) {
            closeGroup();
        }
        if (group.empty()) {
            groupDay = item.day;
            groupEnd = session.end;
        }
        std::size_t lane = 0;
        while (lane < laneEnd.size() && laneEnd[lane] > session.start) {
            ++lane;
        }
        if (lane == laneEnd.size()) {
            laneEnd.push_back(session.end);
        } else {
            laneEnd[lane] = session.end;
        }
        result[session.id].index = static_cast<int>(lane);
        group.push_back(session.id);
        groupEnd = std::max(groupEnd, session.end);
    }
    closeGroup();
    return result;
}

QRect CalendarView::sessionRect(const QString& id) const
{
    if (m_drag.started && m_drag.sessionId == id) {
        return blockRect(m_drag.start, m_drag.end);
    }
    const BookedSession* session = m_model.session(id);
    return session ? blockRect(session->start, session->end, lanes().value(id)) : QRect();
}

QPoint CalendarView::pointAt(const QDateTime& instant) const
{
    const QDateTime local = instant.toTimeZone(timeZone());
    const int column = dayColumn(local.date());
    if (column < 0) {
        return {};
    }
    return {kGutterWidth + column * dayWidth() + dayWidth() / 2,
            yForMinutes(minutesSinceMidnight(local))};
}

QDateTime CalendarView::instantAt(const QPoint& point) const
{
    if (point.x() < kGutterWidth || point.y() < kHeaderHeight ||
        (point.y() >= m_headerTop && point.y() < m_headerTop + kHeaderHeight)) {
        return {};
    }
    const int column = (point.x() - kGutterWidth) / dayWidth();
    if (column >= m_range.dayCount) {
        return {};
    }
    int minutes = (point.y() - kHeaderHeight) * 60 / kHourHeight;
    minutes = std::clamp(minutes / kSnapMinutes * kSnapMinutes, 0, kMinutesPerDay - kSnapMinutes);
    const QDate day = m_range.firstDay.addDays(column);
    return QDateTime(day, QTime(0, 0).addSecs(minutes * 60), timeZone()).toUTC();
}

QString CalendarView::sessionAt(const QPoint& point) const
{
    if (point.y() >= m_headerTop && point.y() < m_headerTop + kHeaderHeight) {
        return {}; // the day names cover the blocks there
    }
    // Later sessions are drawn on top, so search from the end.
    const auto& sessions = m_model.sessions();
    const QHash<QString, Lane> placed = lanes();
    for (auto it = sessions.rbegin(); it != sessions.rend(); ++it) {
        if (blockRect(it->start, it->end, placed.value(it->id)).contains(point)) {
            return it->id;
        }
    }
    return {};
}

void CalendarView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPoint point = event->position().toPoint();
    const QString id = sessionAt(point);
    selectSession(id);
    m_drag = {};
    if (const BookedSession* session = id.isEmpty() ? nullptr : m_model.session(id)) {
        const QRect rect = blockRect(session->start, session->end);
        m_drag.mode = point.y() >= rect.bottom() - kResizeGrip ? DragMode::Resize : DragMode::Move;
        m_drag.sessionId = id;
        m_drag.pressPoint = point;
        m_drag.originalStart = m_drag.start = session->start;
        m_drag.originalEnd = m_drag.end = session->end;
    }
}

void CalendarView::updateDrag(const QPoint& point)
{
    const QDateTime pressed = instantAt(m_drag.pressPoint);
    if (m_drag.mode == DragMode::Move) {
        const QDateTime now = instantAt(point);
        if (!now.isValid() || !pressed.isValid()) {
            return;
        }
        const qint64 shift = pressed.secsTo(now);
        m_drag.start = m_drag.originalStart.addSecs(shift);
        m_drag.end = m_drag.originalEnd.addSecs(shift);
    } else {
        // The end follows the pointer to the nearest snap line, never shorter than one snap.
        const QDateTime end = instantAt(point + QPoint(0, kHourHeight * kSnapMinutes / 60 / 2));
        if (!end.isValid()) {
            return;
        }
        m_drag.end = std::max(end, m_drag.start.addSecs(kSnapMinutes * 60));
    }
    update();
}

void CalendarView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint point = event->position().toPoint();
    if (m_drag.mode == DragMode::None) {
        const QString id = sessionAt(point);
        const BookedSession* session = id.isEmpty() ? nullptr : m_model.session(id);
        const bool onGrip =
            session && point.y() >= blockRect(session->start, session->end).bottom() - kResizeGrip;
        setCursor(onGrip ? Qt::SizeVerCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_drag.started &&
        (point - m_drag.pressPoint).manhattanLength() < QApplication::startDragDistance()) {
        return;
    }
    m_drag.started = true;
    updateDrag(point);
}

void CalendarView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_drag.mode == DragMode::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag finished = m_drag;
    m_drag = {};
    update();
    if (finished.started &&
        (finished.start != finished.originalStart || finished.end != finished.originalEnd)) {
        emit rescheduleRequested(finished.sessionId, finished.start, finished.end);
    }
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    m_drag = {};
    const QPoint point = event->position().toPoint();
    const QString id = sessionAt(point);
    if (!id.isEmpty()) {
        emit editRequested(id);
        return;
    }
    const QDateTime start = instantAt(point);
    if (start.isValid()) {
        emit createRequested(start);
    }
}

void CalendarView::keyPressEvent(QKeyEvent* event)
{
    constexpr qint64 kSnap = kSnapMinutes * 60;
    constexpr qint64 kDay = 24 * 60 * 60;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    const bool up = key == Qt::Key_Up;
    const bool down = key == Qt::Key_Down;
    if (modifiers == Qt::NoModifier &&
        (up || down || key == Qt::Key_Left || key == Qt::Key_Right)) {
        selectNeighbour(up || key == Qt::Key_Left ? -1 : 1);
    } else if (modifiers == Qt::NoModifier && (key == Qt::Key_Return || key == Qt::Key_Enter) &&
               !m_selectedId.isEmpty()) {
        emit editRequested(m_selectedId);
    } else if (modifiers == Qt::ShiftModifier && (up || down)) {
        nudgeSelected(up ? -kSnap : kSnap, 0);
    } else if (modifiers == Qt::ShiftModifier && (key == Qt::Key_Left || key == Qt::Key_Right)) {
        nudgeSelected(key == Qt::Key_Left ? -kDay : kDay, 0);
    } else if (modifiers == Qt::AltModifier && (up || down)) {
        nudgeSelected(0, up ? -kSnap : kSnap);
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void CalendarView::selectNeighbour(int step)
{
    std::vector<const BookedSession*> visible;
    for (const BookedSession& session : m_model.sessions()) {
        if (!blockRect(session.start, session.end).isEmpty()) {
            visible.push_back(&session);
        }
    }
    if (visible.empty()) {
        return;
    }
    std::stable_sort(
        visible.begin(), visible.end(),
        [](const BookedSession* a, const BookedSession* b) { return a->start < b->start; });
    const auto current =
        std::find_if(visible.begin(), visible.end(),
                     [this](const BookedSession* s) { return s->id == m_selectedId; });
    std::ptrdiff_t index = 0;
    if (current == visible.end()) {
        index = step > 0 ? 0 : static_cast<std::ptrdiff_t>(visible.size()) - 1;
    } else {
        index = std::clamp<std::ptrdiff_t>(std::distance(visible.begin(), current) + step, 0,
                                           static_cast<std::ptrdiff_t>(visible.size()) - 1);
    }
    const BookedSession* chosen = visible[static_cast<std::size_t>(index)];
    selectSession(chosen->id);
    // Keyboard users see what they selected: scroll the calendar's area to the block.
    for (QWidget* ancestor = parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(ancestor)) {
            const QRect block = blockRect(chosen->start, chosen->end);
            area->ensureVisible(block.center().x(), block.center().y(), block.width() / 2,
                                block.height() / 2 + kHeaderHeight);
            break;
        }
    }
}

void CalendarView::nudgeSelected(qint64 shiftSeconds, qint64 lengthSeconds)
{
    const BookedSession* session = m_selectedId.isEmpty() ? nullptr : m_model.session(m_selectedId);
    if (session == nullptr) {
        return;
    }
    const QDateTime start = session->start.addSecs(shiftSeconds);
    const QDateTime end = std::max(session->end.addSecs(shiftSeconds + lengthSeconds),
                                   start.addSecs(kSnapMinutes * 60));
    if (start != session->start || end != session->end) {
        emit rescheduleRequested(m_selectedId, start, end);
    }
}

bool CalendarView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const BookedSession* session = m_model.session(sessionAt(help->pos()));
        if (session) {
            QToolTip::showText(help->globalPos(),
                               tr("%1\n%2, %3\n%4")
                                   .arg(session->clientName, session->orgName,
                                        session->locationName,
                                        SessionListModel::statusText(session->status)),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void CalendarView::paintGrid(QPainter& painter) const
{
    const QPalette& colours = palette();
    const QLocale locale;
    painter.fillRect(rect(), colours.color(QPalette::Base));
    const QColor line = gridLineColour();
    painter.setPen(colours.color(QPalette::Text));
    for (int hour = 0; hour < 24; ++hour) {
        const int y = yForMinutes(hour * 60);
        painter.drawText(QRect(0, y, kGutterWidth - 6, 16), Qt::AlignRight | Qt::AlignTop,
                         locale.toString(QTime(hour, 0), QStringLiteral("HH:mm")));
    }
    painter.setPen(line);
    for (int hour = 0; hour <= 24; ++hour) {
        painter.drawLine(kGutterWidth, yForMinutes(hour * 60), width(), yForMinutes(hour * 60));
    }
    for (int column = 0; column <= m_range.dayCount; ++column) {
        const int x = kGutterWidth + column * dayWidth();
        painter.drawLine(x, 0, x, height());
    }
}

std::vector<MinuteRun> CalendarView::unavailableRuns(const QDate& day) const
{
    return AvailabilityShading::unavailableRuns(AvailabilityBook::instance().records(), day,
                                                timeZone());
}

QColor CalendarView::unavailableColour() const
{
    // Derived from the palette so it reads as "dimmed" on light and dark themes alike.
    QColor shade = palette().color(QPalette::Text);
    shade.setAlpha(StudioColors::isDark(palette()) ? 46 : 26);
    return shade;
}

void CalendarView::paintUnavailable(QPainter& painter) const
{
    const QColor shade = unavailableColour();
    for (int column = 0; column < m_range.dayCount; ++column) {
        const int x = kGutterWidth + column * dayWidth();
        for (const MinuteRun& run : unavailableRuns(m_range.firstDay.addDays(column))) {
            painter.fillRect(QRect(x, yForMinutes(run.startMinute), dayWidth(),
                                   yForMinutes(run.endMinute) - yForMinutes(run.startMinute)),
                             shade);
        }
    }
}

QColor CalendarView::gridLineColour() const
{
    QColor line = palette().color(QPalette::Text);
    line.setAlpha(40);
    return line;
}

// Drawn last at the top of the visible part, so the day names stay in view while scrolling.
void CalendarView::paintDayHeader(QPainter& painter) const
{
    const QPalette& colours = palette();
    const QLocale locale;
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(timeZone()).date();
    painter.fillRect(QRect(0, m_headerTop, width(), kHeaderHeight),
                     colours.color(QPalette::Window));
    for (int column = 0; column < m_range.dayCount; ++column) {
        const QDate day = m_range.firstDay.addDays(column);
        const QRect header(kGutterWidth + column * dayWidth(), m_headerTop, dayWidth(),
                           kHeaderHeight);
        if (day == today) {
            painter.fillRect(header, colours.color(QPalette::Highlight));
            painter.setPen(colours.color(QPalette::HighlightedText));
        } else {
            painter.setPen(colours.color(QPalette::WindowText));
        }
        painter.drawText(header, Qt::AlignCenter,
                         locale.toString(day, QStringLiteral("ddd d MMM")));
    }
    painter.setPen(gridLineColour());
    painter.drawLine(0, m_headerTop + kHeaderHeight - 1, width(), m_headerTop + kHeaderHeight - 1);
}

void CalendarView::paintSession(QPainter& painter, const BookedSession& session,
                                const QDateTime& start, const QDateTime& end, Lane lane) const
{
    const QRect block = blockRect(start, end, lane);
    if (block.isEmpty()) {
        return;
    }
    const StudioColors colours = StudioColors::forStudio(session.orgId, palette());
    const bool cancelled = session.status == QLatin1String("cancelled");
    QColor fill = colours.fill;
    if (cancelled) {
        fill.setAlpha(kCancelledAlpha);
    }
    painter.fillRect(block, fill);
    painter.fillRect(QRect(block.topLeft(), QSize(kStripeWidth, block.height())), colours.stripe);
    if (session.id == m_selectedId) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(block.adjusted(1, 1, -1, -1));
    }
    const QLocale locale;
    QStringList lines{tr("%1 %2").arg(locale.toString(start.toTimeZone(timeZone()).time(),
                                                      QStringLiteral("HH:mm")),
                                      session.clientName),
                      tr("%1 · %2").arg(session.orgName, session.locationName)};
    if (session.status != QLatin1String("scheduled")) {
        lines << SessionListModel::statusText(session.status);
    }
    QFont font = painter.font();
    font.setStrikeOut(cancelled);
    painter.setFont(font);
    painter.setPen(colours.text);
    const QFontMetrics metrics(font);
    const QRect textArea = block.adjusted(kStripeWidth + 3, 1, -2, -1);
    int y = textArea.top();
    for (const QString& text : std::as_const(lines)) {
        if (y + metrics.height() > textArea.bottom() + 1 && y != textArea.top()) {
            break;
        }
        painter.drawText(QRect(textArea.left(), y, textArea.width(), metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(text, Qt::ElideRight, textArea.width()));
        y += metrics.height();
    }
    font.setStrikeOut(false);
    painter.setFont(font);
}

void CalendarView::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    paintGrid(painter);
    paintUnavailable(painter);
    const QHash<QString, Lane> placed = lanes();
    for (const BookedSession& session : m_model.sessions()) {
        // A dragged block is previewed across its whole column.
        const bool dragged = m_drag.started && m_drag.sessionId == session.id;
        paintSession(painter, session, dragged ? m_drag.start : session.start,
                     dragged ? m_drag.end : session.end,
                     dragged ? Lane{} : placed.value(session.id));
    }
    // The current time, when today is visible.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QPoint nowPoint = pointAt(now);
    if (!nowPoint.isNull()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        const int x = nowPoint.x() - dayWidth() / 2;
        painter.drawLine(x, nowPoint.y(), x + dayWidth(), nowPoint.y());
    }
    paintDayHeader(painter);
}

void CalendarView::setHeaderTop(int y)
{
    m_headerTop = std::max(0, y);
    update();
}

} // namespace fitflow::desktop
