#pragma once
// Port: where the demo data goes. Implemented by storage (PgDemoDataStore).

#include "server/service/DemoDataset.h"
#include "shared/core/Result.h"

#include <string_view>

namespace fitflow::service {

class DemoDataStore {
public:
    virtual ~DemoDataStore() = default;

    // True when a user with `markerEmail` exists (the demo data was loaded before).
    virtual Result<bool> hasUser(std::string_view markerEmail) = 0;

    // Writes the whole dataset atomically unless `markerEmail` exists by the time it holds the
    // seeding lock. Returns true when written, false when someone else seeded first.
    virtual Result<bool> storeUnlessPresent(const DemoDataset& dataset,
                                            std::string_view markerEmail) = 0;
};

} // namespace fitflow::service
