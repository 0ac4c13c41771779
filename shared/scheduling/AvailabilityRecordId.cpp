#include "shared/scheduling/AvailabilityRecordId.h"

namespace fitflow::scheduling {

namespace {

constexpr std::string_view kHexDigits = "0123456789abcdef";
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
    std::array<std::uint8_t, 16> bytes{};
    std::copy(digest.begin(), digest.begin() + 16, bytes.begin());
    bytes[6] = static_cast<std::uint8_t>(0x80 | (bytes[6] & 0x0F)); // version 8
    bytes[8] = static_cast<std::uint8_t>(0x80 | (bytes[8] & 0x3F)); // variant 10
    std::string text;
    text.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            text += '-';
        }
        text += kHexDigits[bytes[i] >> 4];
        text += kHexDigits[bytes[i] & 0x0F];
    }
    return text;
}

} // namespace fitflow::scheduling
