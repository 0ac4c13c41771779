#include "server/service/AvailabilityRecordIds.h"

#include "shared/scheduling/AvailabilityRecordId.h"

#include <sodium.h>

namespace fitflow::service {

std::string availabilityRecordId(std::string_view orgId, std::string_view trainerId,
                                 std::string_view locationId)
{
    const std::string name = scheduling::availabilityIdName(orgId, trainerId, locationId);
    scheduling::Sha256Digest digest{};
    static_assert(sizeof(digest) == crypto_hash_sha256_BYTES);
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(name.data()),
                       name.size());
    return scheduling::uuidV8FromDigest(digest);
}

} // namespace fitflow::service
