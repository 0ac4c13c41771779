#include "shared/scheduling/AvailabilityRecordId.h"

#include "shared/domain/UuidV7.h"

#include <algorithm>

namespace fitflow::scheduling {

namespace {

constexpr std::string_view kNamePrefix = "fitflow.availability:";

} // namespace

std::string availabilityIdName(std::string_view orgId, std::string_view trainerId,
                               std::string_view locationId)
{
    std::string name(kNamePrefix);
    name.append(orgId).append(":").append(trainerId).append(":").append(locationId);
    return name;
}

std::string uuidV8FromDigest(const Sha256Digest& digest)
{
    UuidBytes bytes{};
    std::copy(digest.begin(), digest.begin() + 16, bytes.begin());
    bytes[6] = static_cast<std::uint8_t>(0x80 | (bytes[6] & 0x0F)); // version 8
    bytes[8] = static_cast<std::uint8_t>(0x80 | (bytes[8] & 0x3F)); // variant 10
    return formatUuid(bytes);
}

} // namespace fitflow::scheduling
