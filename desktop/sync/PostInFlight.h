#pragma once
// One POST sent on a worker thread while the caller's thread does store work: the push reads and
// encodes batch N+1 and stores N's acknowledgement while a batch travels and the server applies
// it; the pull applies page N while N+1 is fetched (PullPagePrefetch). One request at a time.
// The worker only sends through the transport and parses; the session and the store stay on the
// caller's thread, so an answer 401 is sent again through ServerSession::post, which refreshes.

#include "desktop/sync/ServerSession.h"

#include <future>
#include <string>

namespace fitflow::desktop {

class PostInFlight {
public:
    PostInFlight(ServerSession& session, std::string path);
    ~PostInFlight(); // waits for a request still in flight and drops its answer
    PostInFlight(const PostInFlight&) = delete;
    PostInFlight& operator=(const PostInFlight&) = delete;

    // Sends POST `path` with `body` on a worker thread. Nothing may use the session's transport
    // until take() returned. `continuesRun`: it may share the connection the previous request
    // of the run left open (HttpRequest::continuesRun).
    void start(nlohmann::json body, bool continuesRun);

    // The answer to the request start() sent, waiting for it; the same errors as
    // ServerSession::post. Without a worker thread, sends the request itself now.
    fitflow::Result<ApiAnswer> take();

private:
    ServerSession& m_session;
    std::string m_path;
    nlohmann::json m_body;
    std::future<fitflow::Result<ApiAnswer>> m_answer;
};

} // namespace fitflow::desktop
