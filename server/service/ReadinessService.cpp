#include "server/service/ReadinessService.h"

namespace fitflow::service {

ReadinessService::ReadinessService(DatabaseProbe& probe, std::chrono::milliseconds timeout)
    : m_probe(probe)
    , m_timeout(timeout)
{
}

Status ReadinessService::check()
{
    const Status database = m_probe.ping(m_timeout);
    if (!database) {
        return makeError("not_ready", "database check failed (" + database.error().code + ")");
    }
    return {};
}

} // namespace fitflow::service
