#include "shared/sync/HybridLogicalClock.h"

#include <algorithm>
#include <limits>

namespace fitflow::sync {

HybridLogicalClock::HybridLogicalClock(std::string deviceId, Hlc last)
    : m_last(std::move(last))
{
    m_last.deviceId = std::move(deviceId);
}

Hlc HybridLogicalClock::now(Instant physicalNow)
{
    if (physicalNow > m_last.physical) {
        advanceTo(physicalNow, 0);
    } else {
        advanceTo(m_last.physical, std::uint32_t{m_last.counter} + 1);
    }
    return m_last;
}

ReceivedStamp HybridLogicalClock::receive(const Hlc& remote, Instant physicalNow)
{
    ReceivedStamp received{remote, false};
    const Instant limit = physicalNow + kMaxClockSkew;
    if (remote.physical > limit) {
        received.stamp.physical = limit;
        received.clamped = true;
    }
    const Hlc& other = received.stamp;
    const Instant physical = std::max({m_last.physical, other.physical, physicalNow});
    std::uint32_t counter = 0;
    if (physical == m_last.physical && physical == other.physical) {
        counter = std::uint32_t{std::max(m_last.counter, other.counter)} + 1;
    } else if (physical == m_last.physical) {
        counter = std::uint32_t{m_last.counter} + 1;
    } else if (physical == other.physical) {
        counter = std::uint32_t{other.counter} + 1;
    }
    advanceTo(physical, counter);
    return received;
}

void HybridLogicalClock::advanceTo(Instant physical, std::uint32_t counter)
{
    if (counter > std::numeric_limits<std::uint16_t>::max()) {
        // 65536 events in one millisecond: borrow the next millisecond rather than wrap.
        physical += std::chrono::milliseconds{1};
        counter = 0;
    }
    m_last.physical = physical;
    m_last.counter = static_cast<std::uint16_t>(counter);
}

} // namespace fitflow::sync
