#pragma once
// The SHA-256 digests that link audit events, and their hex text form (used in checkpoint files
// and reports).

#include "shared/core/Result.h"

#include <array>
#include <string>
#include <string_view>

namespace fitflow::audit {

using AuditHash = std::array<unsigned char, 32>;

// prev_hash of the first event of the chain.
inline constexpr AuditHash kGenesisHash{};

AuditHash sha256(std::string_view bytes);

// Lower-case hex, 64 characters.
std::string toHex(const AuditHash& hash);

// Accepts exactly 64 hex digits (either case); error `invalid_hash` otherwise.
Result<AuditHash> hashFromHex(std::string_view text);

} // namespace fitflow::audit
