#pragma once
// What the dashboard shows at one moment: the sessions of today and of the next seven days
// across every studio, and the device's sync state in numbers.

#include "desktop/storage/calendar/BookedSession.h"

#include <vector>

namespace fitflow::desktop {

struct SyncSummary {
    int pendingChanges = 0; // outbox entries not yet pushed
    int rejections = 0;     // changes the server refused
    int noteConflicts = 0;  // notes edited concurrently on two devices
    bool loggedIn = false;
};

struct DashboardSnapshot {
    std::vector<BookedSession> today;
    std::vector<BookedSession> comingWeek; // the seven days after today
    SyncSummary sync;
};

} // namespace fitflow::desktop
