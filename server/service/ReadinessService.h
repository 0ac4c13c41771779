#pragma once
// Readiness: the server may take traffic only while its database answers. Liveness needs
// nothing and is answered by the HTTP layer directly.

#include "server/service/DatabaseProbe.h"
#include "shared/core/Result.h"

#include <chrono>

namespace fitflow::service {

class ReadinessService {
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{1500};

    explicit ReadinessService(DatabaseProbe& probe,
                              std::chrono::milliseconds timeout = kDefaultTimeout);

    // Error `not_ready` (message names the failing check, never connection details).
    Status check();

private:
    DatabaseProbe& m_probe;
    std::chrono::milliseconds m_timeout;
};

} // namespace fitflow::service
