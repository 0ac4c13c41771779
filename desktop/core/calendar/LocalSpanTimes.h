#pragma once
// A local time-of-day span as the availability editors show it: two QTimes, where an end of
// 00:00 means midnight at the end of the day (24:00), which QTime cannot hold.

#include "shared/scheduling/Availability.h"

#include <QTime>

namespace fitflow::desktop {

struct SpanTimes {
    QTime from;
    QTime to;
};

SpanTimes spanTimes(const scheduling::LocalSpan& span);
scheduling::LocalSpan localSpan(const QTime& from, const QTime& to);

} // namespace fitflow::desktop
