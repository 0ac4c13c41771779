#pragma once
// Per-trainer utilisation from a list of sessions: booked time, completed, cancelled and no-show
// counts within a week and within a month (local-time periods). Pure, so it is tested directly.

#include "desktop/core/manager/ManagerSnapshot.h"

#include <QDateTime>

#include <vector>

namespace fitflow::desktop {

// [start, end) in UTC.
struct UtcPeriod {
    QDateTime start;
    QDateTime end;
    bool contains(const QDateTime& instant) const { return start <= instant && instant < end; }
};

// The local-time week starting on `monday` and the calendar month that contains that Monday.
UtcPeriod weekOf(const QDate& monday);
UtcPeriod monthOf(const QDate& day);

// One row per trainer in `trainers` order; a session counts in a period when it starts in it.
std::vector<TrainerUtilisation> computeUtilisation(const QList<TrainerColumn>& trainers,
                                                   const std::vector<BookedSession>& sessions,
                                                   const UtcPeriod& week, const UtcPeriod& month);

} // namespace fitflow::desktop
