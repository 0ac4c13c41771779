#pragma once
// The one id of a trainer's availability record at a location (docs/sync-protocol.md,
// "Availability"): a name-based UUIDv8 (RFC 9562 §5.8, the SHA-256 form of its Appendix B.2)
// derived from (organization, trainer, location). Two devices that each create the record
// offline write the same id, so the server merges them field by field instead of rejecting one.
// shared/ does no hashing: the caller hashes availabilityIdName() with SHA-256.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace fitflow::scheduling {

using Sha256Digest = std::array<std::uint8_t, 32>;

// The text whose SHA-256 gives the id: "fitflow.availability:<org>:<trainer>:<location>",
// each id in its canonical lower-case form as given.
std::string availabilityIdName(std::string_view orgId, std::string_view trainerId,
                               std::string_view locationId);

// The first 16 bytes of `digest` with the version set to 8 and the variant to 10, as canonical
// lower-case 8-4-4-4-12 text.
std::string uuidV8FromDigest(const Sha256Digest& digest);

} // namespace fitflow::scheduling
