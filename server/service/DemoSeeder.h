#pragma once
// Use case behind `fitflow-server seed-demo`: loads the demo data once. A second run changes
// nothing and reports that the data is already there.

#include "server/service/DemoDataStore.h"
#include "server/service/DemoDatasetBuilder.h"
#include "server/service/PasswordHasher.h"
#include "shared/core/Result.h"

#include <chrono>
#include <string>
#include <vector>

namespace fitflow::service {

struct DemoSeedOutcome {
    bool alreadySeeded = false;
    std::vector<DemoLogin> logins;
    std::size_t clients = 0;
    std::size_t sessions = 0;
    std::size_t invoices = 0;
};

class DemoSeeder {
public:
    DemoSeeder(DemoDataStore& store, const PasswordHasher& hasher);

    // Every demo login gets `password` (hashed separately, each with its own salt).
    // Errors: `invalid_argument` (empty password) and the store's errors.
    Result<DemoSeedOutcome> seed(std::string_view password, std::chrono::sys_days today);

private:
    DemoDataStore& m_store;
    const PasswordHasher& m_hasher;
};

} // namespace fitflow::service
