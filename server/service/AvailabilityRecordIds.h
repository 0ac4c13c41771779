#pragma once
// The derived id of a trainer's availability record at a location on the server side (the
// demo seed): shared/scheduling/AvailabilityRecordId.h's UUIDv8 over libsodium's SHA-256, the
// same id a device writes for the pair.

#include <string>
#include <string_view>

namespace fitflow::service {

std::string availabilityRecordId(std::string_view orgId, std::string_view trainerId,
                                 std::string_view locationId);

} // namespace fitflow::service
