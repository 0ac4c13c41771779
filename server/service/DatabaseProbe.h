#pragma once
// Port: asks the database whether it answers. Implemented by storage (PgDatabaseProbe) and
// handed to the ReadinessService by the composition root.

#include "shared/core/Result.h"

#include <chrono>

namespace fitflow::service {

class DatabaseProbe {
public:
    virtual ~DatabaseProbe() = default;

    // Succeeds when a trivial query completes within `timeout`; otherwise says why not.
    // Must be safe to call from several threads at once.
    virtual Status ping(std::chrono::milliseconds timeout) = 0;
};

} // namespace fitflow::service
