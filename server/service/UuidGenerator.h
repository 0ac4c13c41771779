#pragma once
// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Time-ordered ids keep B-tree
// inserts local, and devices can mint them offline without coordination.

#include <array>
#include <chrono>
#include <cstdint>
#include <string>

namespace fitflow::service {

class UuidGenerator {
public:
    // A fresh UUIDv7 for `now`, in canonical lower-case 8-4-4-4-12 form. Thread-safe.
    static std::string
    newV7(std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

    // Canonical text of 16 raw bytes.
    static std::string format(const std::array<std::uint8_t, 16>& bytes);
};

} // namespace fitflow::service
