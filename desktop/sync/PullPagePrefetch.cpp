#include "desktop/sync/PullPagePrefetch.h"

#include <system_error>

namespace fitflow::desktop {

namespace {

constexpr long kUnauthorized = 401;

} // namespace

PullPagePrefetch::PullPagePrefetch(ServerSession& session, std::string path)
    : m_session(session)
    , m_path(std::move(path))
{
}

PullPagePrefetch::~PullPagePrefetch()
{
    if (m_answer.valid()) {
        m_answer.wait();
    }
}

void PullPagePrefetch::start(nlohmann::json body)
{
    if (m_answer.valid()) {
        m_answer.wait();
    }
    m_body = std::move(body);
    // Built here, on the session's thread: the worker gets a copy and never touches the session.
    HttpRequest request = m_session.authorizedPost(m_path, m_body);
    // Every page it fetches follows a first page: they share one kept-alive connection.
    request.continuesRun = true;
    HttpTransport& transport = m_session.transport();
    try {
        m_answer = std::async(std::launch::async, [&transport, request = std::move(request)] {
            return exchange(transport, request);
        });
    } catch (const std::system_error&) {
        // No thread to be had: take() sends the request itself, as a plain pull would.
        m_answer = {};
    }
}

fitflow::Result<ApiAnswer> PullPagePrefetch::take()
{
    if (!m_answer.valid()) {
        return m_session.post(m_path, m_body);
    }
    auto answer = m_answer.get();
    if (answer && answer->status == kUnauthorized) {
        // An expired token or a revoked device: the session's own path refreshes or says so.
        return m_session.post(m_path, m_body);
    }
    return answer;
}

} // namespace fitflow::desktop
