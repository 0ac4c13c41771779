#include "shared/clients/PackageCredits.h"

#include <algorithm>

namespace fitflow::clients {

using scheduling::SessionStatus;

bool takesCredit(const PackageSessionUse& session, std::chrono::minutes lateWindow)
{
    switch (session.status) {
    case SessionStatus::Completed:
    case SessionStatus::NoShow:
        return true;
    case SessionStatus::Cancelled:
        // Without a known cancellation time the cancellation counts as made in time.
        return session.statusRecordedAt &&
               *session.statusRecordedAt > session.startsAt - lateWindow;
    case SessionStatus::Scheduled:
        return false;
    }
    return false;
}

PackageCredits packageCredits(int sessionsTotal,
                              std::optional<std::chrono::year_month_day> expiresOn,
                              std::span<const PackageSessionUse> sessions,
                              std::chrono::minutes lateWindow, std::chrono::year_month_day today)
{
    PackageCredits credits;
    credits.total = std::max(sessionsTotal, 0);
    for (const auto& session : sessions) {
        if (takesCredit(session, lateWindow)) {
            ++credits.used;
        } else if (session.status == SessionStatus::Scheduled) {
            ++credits.booked;
        }
    }
    credits.expired = expiresOn && today > *expiresOn;
    credits.remaining = credits.expired ? 0 : std::max(credits.total - credits.used, 0);
    return credits;
}

} // namespace fitflow::clients
