#pragma once
// Read-only SQL for availability (local step 10): the signed-in trainer's weekly rules and
// exceptions per location, joined with the location's name and zone and its organization's
// name. Writes go through LocalChanges, never through here.

#include "shared/core/Result.h"
#include "shared/scheduling/Availability.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace fitflow::desktop {

// One stored availability record, its lists parsed (shared/scheduling/AvailabilityWire.h).
struct StoredAvailability {
    QString id;
    QString orgId;
    QString orgName;
    QString locationName;
    scheduling::Availability availability; // trainer, location, zone, rules, exceptions
};

class AvailabilityQueries {
public:
    explicit AvailabilityQueries(QSqlDatabase db);

    // The trainer's records that are not deleted, ordered by organization then location name.
    // Error "store_corrupt" when a stored list cannot be read.
    fitflow::Result<std::vector<StoredAvailability>> ofTrainer(const QString& trainerId) const;
    // The trainer's record at one location, if any.
    fitflow::Result<std::optional<StoredAvailability>> at(const QString& trainerId,
                                                          const QString& locationId) const;

private:
    fitflow::Result<std::vector<StoredAvailability>> select(const QString& condition,
                                                            const QVariantList& values) const;

    QSqlDatabase m_db;
};

} // namespace fitflow::desktop
