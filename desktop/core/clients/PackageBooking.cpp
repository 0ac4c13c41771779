#include "desktop/core/clients/PackageBooking.h"

#include <algorithm>

namespace fitflow::desktop {

std::vector<PackageChoice> PackageBooking::choices(const std::vector<PackageRow>& packages,
                                                   std::chrono::minutes lateWindow,
                                                   std::chrono::year_month_day today)
{
    std::vector<PackageChoice> choices;
    for (const PackageRow& package : packages) {
        const auto credits = clients::packageCredits(package.sessionsTotal, package.expiresOn,
                                                     package.sessions, lateWindow, today);
        if (credits.expired) {
            continue;
        }
        const int unbooked = std::max(credits.total - credits.used - credits.booked, 0);
        choices.push_back(
            {package.id,
             tr("%1 (%2 of %3 left)").arg(package.name).arg(unbooked).arg(credits.total),
             unbooked});
    }
    return choices;
}

QString PackageBooking::warning(const PackageChoice& choice)
{
    if (choice.unbooked > 0) {
        return {};
    }
    return tr("No credit is left in this package: this session goes beyond it and will not be "
              "covered. Sell a new package or book it without one.");
}

} // namespace fitflow::desktop
