#include "desktop/sync/LocalClock.h"

#include <chrono>

namespace fitflow::desktop {

PhysicalClock systemPhysicalClock()
{
    return [] {
        return std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
    };
}

LocalClock::LocalClock(SyncStateRepository& state, PhysicalClock physical)
    : m_state(state)
    , m_physical(std::move(physical))
{
}

fitflow::Result<sync::HybridLogicalClock> LocalClock::restore() const
{
    auto deviceId = m_state.deviceId();
    if (!deviceId) {
        return deviceId.error();
    }
    auto last = m_state.lastStamp();
    if (!last) {
        return last.error();
    }
    return sync::HybridLogicalClock(*deviceId, last->value_or(sync::Hlc{}));
}

fitflow::Result<sync::Hlc> LocalClock::next()
{
    auto clock = restore();
    if (!clock) {
        return clock.error();
    }
    const sync::Hlc stamp = clock->now(m_physical());
    if (auto saved = m_state.saveLastStamp(stamp); !saved) {
        return saved.error();
    }
    return stamp;
}

fitflow::Status LocalClock::observe(const sync::Hlc& remote)
{
    auto clock = restore();
    if (!clock) {
        return clock.error();
    }
    const sync::Hlc before = clock->last();
    clock->receive(remote, m_physical());
    return clock->last() == before ? fitflow::Status() : m_state.saveLastStamp(clock->last());
}

} // namespace fitflow::desktop
