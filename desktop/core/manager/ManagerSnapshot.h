#pragma once
// Everything the Manager page shows for one organization and one week, read on the store thread:
// the trainers (named from the cached profile), their sessions in the week, each trainer's
// utilisation for the week and its month, and the organization's invoices and payments. Holds
// no note and no note count by construction: nothing here is read from the notes table.

#include "desktop/storage/calendar/BookedSession.h"
#include "desktop/storage/manager/ManagerMoneyQueries.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace fitflow::desktop {

struct TrainerColumn {
    QString userId;
    QString name;
};

// Counts of one trainer's sessions in a period. Booked time counts every session that held the
// slot (scheduled, completed, no-show), not cancelled ones.
struct PeriodUtilisation {
    std::int64_t bookedMinutes = 0;
    int completed = 0;
    int cancelled = 0;
    int noShows = 0;
};

struct TrainerUtilisation {
    QString trainerId;
    QString name;
    PeriodUtilisation week;
    PeriodUtilisation month;
};

struct ManagerSnapshot {
    QString orgId;
    QDate weekStart;                             // a Monday, local time
    QList<TrainerColumn> trainers;               // with sessions in the week or its month, by name
    std::vector<BookedSession> weekSessions;     // in time order
    std::vector<TrainerUtilisation> utilisation; // in the order of `trainers`
    std::vector<OrganizationInvoice> invoices;
    std::vector<OrganizationPayment> payments;
};

} // namespace fitflow::desktop
