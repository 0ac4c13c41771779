#include "desktop/sync/PullPagePrefetch.h"

namespace fitflow::desktop {

PullPagePrefetch::PullPagePrefetch(ServerSession& session, std::string path)
    : m_inFlight(session, std::move(path))
{
}

void PullPagePrefetch::start(nlohmann::json body)
{
    // Every page it fetches follows a first page: they share one kept-alive connection.
    m_inFlight.start(std::move(body), true);
}

fitflow::Result<ApiAnswer> PullPagePrefetch::take()
{
    return m_inFlight.take();
}

} // namespace fitflow::desktop
