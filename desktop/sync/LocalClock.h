#pragma once
// The device's HybridLogicalClock, restored from and saved to the store around each use, so
// every stamp the device issues is after every stamp it issued or saw before, across restarts.
// Call inside the transaction that uses the stamp.

#include "desktop/storage/SyncStateRepository.h"
#include "shared/sync/HybridLogicalClock.h"

#include <functional>

namespace fitflow::desktop {

// The physical time source; tests pass a fixed or skewed clock.
using PhysicalClock = std::function<Instant()>;
PhysicalClock systemPhysicalClock();

class LocalClock {
public:
    LocalClock(SyncStateRepository& state, PhysicalClock physical);

    // A fresh stamp for a local change, persisted as the clock's new last stamp.
    fitflow::Result<sync::Hlc> next();
    // Moves the clock past a stamp pulled from the server.
    fitflow::Status observe(const sync::Hlc& remote);

private:
    fitflow::Result<sync::HybridLogicalClock> restore() const;

    SyncStateRepository& m_state;
    PhysicalClock m_physical;
};

} // namespace fitflow::desktop
