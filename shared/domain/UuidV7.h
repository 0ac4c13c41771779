#pragma once
// UUIDv7 ids (RFC 9562 §5.7): 48-bit Unix milliseconds, version 7, 74 random bits, variant 10.
// Time-ordered, so new rows append to B-tree indexes. The caller supplies the time and the
// random bytes (shared/ does no I/O): desktop from QRandomGenerator, server from libsodium.

#include "shared/codec/TextFormats.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fitflow {

// Ten random bytes; 74 of their 80 bits end up in the id.
using UuidRandomBytes = std::array<std::uint8_t, 10>;

using UuidBytes = std::array<std::uint8_t, 16>;

// The canonical lowercase text of 16 bytes (8-4-4-4-12 hex digits), whatever their version.
std::string formatUuid(const UuidBytes& bytes);

// Precondition: `time` is between 1970 and the 48-bit limit (year 10889); it is clamped.
std::string formatUuidV7(Instant time, const UuidRandomBytes& random);

// True for a canonical lowercase UUID whose version is 7 and variant is RFC 9562's.
bool isUuidV7(std::string_view text);

// The creation time embedded in a UUIDv7, or nullopt if `text` is not one.
std::optional<Instant> uuidV7Time(std::string_view text);

} // namespace fitflow
