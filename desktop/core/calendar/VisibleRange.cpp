#include "desktop/core/calendar/VisibleRange.h"

namespace fitflow::desktop {

namespace {
constexpr int kDaysPerWeek = 7;

QDateTime startOfDay(QDate day, const QTimeZone& zone)
{
    return day.startOfDay(zone).toUTC();
}
} // namespace

VisibleRange VisibleRange::around(QDate anchor, CalendarSpan span)
{
    if (span == CalendarSpan::Day) {
        return {anchor, 1};
    }
    // Weeks start on Monday (dayOfWeek: Monday = 1).
    return {anchor.addDays(1 - anchor.dayOfWeek()), kDaysPerWeek};
}

QDate VisibleRange::step(QDate anchor, CalendarSpan span, int direction)
{
    const int days = span == CalendarSpan::Day ? 1 : kDaysPerWeek;
    return anchor.addDays(direction < 0 ? -days : days);
}

QDateTime VisibleRange::startUtc(const QTimeZone& zone) const
{
    return startOfDay(firstDay, zone);
}

QDateTime VisibleRange::endUtc(const QTimeZone& zone) const
{
    return startOfDay(firstDay.addDays(dayCount), zone);
}

} // namespace fitflow::desktop
