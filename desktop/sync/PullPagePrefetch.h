#pragma once
// Fetches the next pull page on a worker thread while the current page is applied, so page
// N+1's round trip, TLS and JSON parsing overlap page N's store work (its cursor comes from page
// N's answer, so it can leave as soon as N is parsed). At most one request is in flight, so a
// pull holds two pages at most. The worker only sends through the transport and parses: the
// session (a token refresh saves to the store) and the store stay on the caller's thread, so an
// answer 401 is sent again through ServerSession::post, which refreshes the token. The pages it
// fetches continue a run (HttpRequest::continuesRun), so they share one kept-alive connection.

#include "desktop/sync/PostInFlight.h"

#include <string>

namespace fitflow::desktop {

class PullPagePrefetch {
public:
    PullPagePrefetch(ServerSession& session, std::string path);
    PullPagePrefetch(const PullPagePrefetch&) = delete;
    PullPagePrefetch& operator=(const PullPagePrefetch&) = delete;

    // Sends POST `path` with `body` on a worker thread. Nothing may use the session's transport
    // until take() returned. Replaces (after waiting for) an answer not taken yet. Destroying
    // the prefetch waits for a request still in flight and drops its answer.
    void start(nlohmann::json body);

    // The answer to the request start() sent, waiting for it if needed; the same errors as
    // ServerSession::post. Without a started request, sends `body` of the last start() now.
    fitflow::Result<ApiAnswer> take();

private:
    PostInFlight m_inFlight;
};

} // namespace fitflow::desktop
