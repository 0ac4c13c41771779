#pragma once
// What booking a session needs from packages (for the calendar's session dialog): the client's
// packages that have not expired, each labelled with its credits left, and the warning shown
// when the booking goes beyond them. Credits follow shared/clients/PackageCredits, counting the
// sessions already booked on the package.

#include "desktop/storage/clients/ClientExtrasQueries.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <vector>

namespace fitflow::desktop {

struct PackageChoice {
    QString id;
    QString label;    // "Ten sessions (3 of 10 left)"
    int unbooked = 0; // credits neither used nor booked yet
};

class PackageBooking {
    Q_DECLARE_TR_FUNCTIONS(PackageBooking)

public:
    static std::vector<PackageChoice> choices(const std::vector<PackageRow>& packages,
                                              std::chrono::minutes lateWindow,
                                              std::chrono::year_month_day today);
    // Empty when one more session fits in the package; else the words for the dialog.
    static QString warning(const PackageChoice& choice);
};

} // namespace fitflow::desktop
