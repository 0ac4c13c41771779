#pragma once
// New UUIDv7 ids for server-created rows: the shared formatter (RFC 9562) fed with the clock
// and libsodium's CSPRNG, so ids minted here and on desktops have one format.

#include <chrono>
#include <string>

namespace fitflow::service {

class UuidGenerator {
public:
    // A fresh UUIDv7 for `now`, canonical lower-case 8-4-4-4-12 text. Thread-safe.
    static std::string
    newV7(std::chrono::system_clock::time_point now = std::chrono::system_clock::now());
};

} // namespace fitflow::service
