#pragma once
// The clock of one device (or the server). Callers pass the physical time in, so the clock is
// pure and testable; it is not thread-safe (one per device, guarded by its owner).

#include "shared/sync/Hlc.h"

#include <chrono>

namespace fitflow::sync {

// How far ahead of our physical time a remote stamp may be before it is clamped (design §4).
inline constexpr std::chrono::minutes kMaxClockSkew{5};

// A remote stamp after receive(): possibly clamped to now + kMaxClockSkew. Callers order
// the remote change by `stamp` and report `clamped` (a device with a runaway clock).
struct ReceivedStamp {
    Hlc stamp;
    bool clamped = false;
};

class HybridLogicalClock {
public:
    // `last` restores the clock from storage, so stamps never go backwards across restarts.
    explicit HybridLogicalClock(std::string deviceId, Hlc last = {});

    // A stamp for a local event (a write, or sending a message): strictly after every stamp
    // this clock has issued or received.
    Hlc now(Instant physicalNow);

    // Merges a remote stamp so that later local stamps order after it.
    ReceivedStamp receive(const Hlc& remote, Instant physicalNow);

    const Hlc& last() const { return m_last; }

private:
    // Sets the stamp to (physical, counter), carrying a counter overflow into the next ms.
    void advanceTo(Instant physical, std::uint32_t counter);

    Hlc m_last;
};

} // namespace fitflow::sync
