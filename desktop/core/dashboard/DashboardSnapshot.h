#pragma once
// What the dashboard shows at one moment: the sessions of today and of the next seven days
// across every studio, the device's sync state in numbers, and money per studio from the
// synced invoices and payments (integer cents).

#include "desktop/storage/calendar/BookedSession.h"

#include <cstdint>
#include <vector>

namespace fitflow::desktop {

struct SyncSummary {
    int pendingChanges = 0; // outbox entries not yet pushed
    int rejections = 0;     // changes the server refused
    int noteConflicts = 0;  // notes edited concurrently on two devices
    bool loggedIn = false;
};

struct StudioMoney {
    QString orgId;
    QString orgName;
    std::int64_t outstandingCents = 0;   // balance of issued invoices
    std::int64_t overdueCents = 0;       // part of it more than 30 days past the tax point
    std::int64_t paidThisMonthCents = 0; // payments received in the current month
};

struct DashboardSnapshot {
    std::vector<BookedSession> today;
    std::vector<BookedSession> comingWeek; // the seven days after today
    SyncSummary sync;
    std::vector<StudioMoney> money; // one entry per organization, by name
};

} // namespace fitflow::desktop
