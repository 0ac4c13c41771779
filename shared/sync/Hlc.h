#pragma once
// A hybrid logical clock timestamp (Kulkarni et al. 2014): physical milliseconds, a counter
// for events within one millisecond, and the device id as the final tie break, so any two
// stamps from different devices are totally ordered and no two events share a stamp.

#include "shared/codec/TextFormats.h"
#include "shared/core/Result.h"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace fitflow::sync {

struct Hlc {
    Instant physical{};
    std::uint16_t counter = 0;
    std::string deviceId; // canonical UUID, so the text form has a fixed width

    // Order: physical time, then counter, then device id.
    friend auto operator<=>(const Hlc&, const Hlc&) = default;
    friend bool operator==(const Hlc&, const Hlc&) = default;

    // "0192f1a2b3c4-0001-<device uuid>": fixed-width hex, so comparing the strings compares the
    // stamps (databases can ORDER BY and index the text directly).
    std::string toString() const;
    static Result<Hlc> parse(std::string_view text);
};

// Largest physical time a stamp can carry: 48 bits of milliseconds (year 10889).
inline constexpr std::int64_t kMaxHlcMilliseconds = (std::int64_t{1} << 48) - 1;

} // namespace fitflow::sync
