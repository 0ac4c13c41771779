#include "desktop/core/calendar/LocalSpanTimes.h"

namespace fitflow::desktop {

namespace {

constexpr int kDayMinutes = 24 * 60;

QTime timeOf(std::chrono::minutes minutes)
{
    const auto total = static_cast<int>(minutes.count());
    return total >= kDayMinutes ? QTime(0, 0) : QTime(total / 60, total % 60);
}

std::chrono::minutes minutesOf(const QTime& time, bool isEnd)
{
    const int minutes = time.hour() * 60 + time.minute();
    return std::chrono::minutes{isEnd && minutes == 0 ? kDayMinutes : minutes};
}

} // namespace

SpanTimes spanTimes(const scheduling::LocalSpan& span)
{
    return {timeOf(span.start), timeOf(span.end)};
}

scheduling::LocalSpan localSpan(const QTime& from, const QTime& to)
{
    return {minutesOf(from, false), minutesOf(to, true)};
}

} // namespace fitflow::desktop
