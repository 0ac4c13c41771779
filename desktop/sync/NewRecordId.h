#pragma once
// The id a device gives a record it creates: a fresh UUIDv7, except an availability record,
// whose id is derived from (organization, trainer, location) so that two devices creating the
// pair's one record offline write the same record (shared/scheduling/AvailabilityRecordId.h).

#include "desktop/storage/SyncedEntity.h"

#include <nlohmann/json.hpp>

#include <string>

namespace fitflow::desktop {

// `fields` are a create's validated fields (availability: trainer_id and location_id present).
std::string newRecordId(const EntitySpec& entity, const std::string& orgId,
                        const nlohmann::json& fields);

// The derived id of `trainerId`'s availability at `locationId` in organization `orgId`.
std::string availabilityRecordId(const std::string& orgId, const std::string& trainerId,
                                 const std::string& locationId);

} // namespace fitflow::desktop
