#pragma once
// Which days the calendar shows: one day, or the Monday-to-Sunday week around an anchor date,
// and how previous/next/today move the anchor. Days are calendar dates in the zone the
// calendar is drawn in.

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace fitflow::desktop {

enum class CalendarSpan { Day, Week };

struct VisibleRange {
    QDate firstDay;
    int dayCount = 1;

    static VisibleRange around(QDate anchor, CalendarSpan span);
    // The anchor moved by one span (a day or a week) in `direction` (-1 or +1).
    static QDate step(QDate anchor, CalendarSpan span, int direction);

    QDate lastDay() const { return firstDay.addDays(dayCount - 1); }
    bool contains(QDate day) const { return day >= firstDay && day <= lastDay(); }
    // [start of the first day, start of the day after the last) in `zone`, as UTC instants.
    QDateTime startUtc(const QTimeZone& zone) const;
    QDateTime endUtc(const QTimeZone& zone) const;

    friend bool operator==(const VisibleRange&, const VisibleRange&) = default;
};

} // namespace fitflow::desktop
