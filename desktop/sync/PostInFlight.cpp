#include "desktop/sync/PostInFlight.h"

#include <system_error>

namespace fitflow::desktop {

namespace {

constexpr long kUnauthorized = 401;

} // namespace

PostInFlight::PostInFlight(ServerSession& session, std::string path)
    : m_session(session)
    , m_path(std::move(path))
{
}

PostInFlight::~PostInFlight()
{
    if (m_answer.valid()) {
        m_answer.wait();
    }
}

void PostInFlight::start(nlohmann::json body, bool continuesRun)
{
    if (m_answer.valid()) {
        m_answer.wait();
    }
    m_body = std::move(body);
    // Built here, on the session's thread: the worker gets a copy and never touches the session.
    HttpRequest request = m_session.authorizedPost(m_path, m_body);
    request.continuesRun = continuesRun;
    HttpTransport& transport = m_session.transport();
    try {
        m_answer = std::async(std::launch::async, [&transport, request = std::move(request)] {
            return exchange(transport, request);
        });
    } catch (const std::system_error&) {
        m_answer = {}; // no thread to be had: take() sends the request itself
    }
}

fitflow::Result<ApiAnswer> PostInFlight::take()
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
