#pragma once
// The one HTTP operation sync needs, behind an interface so the engine does not know about
// libcurl: send a request, get the status, a few headers and the body. A transport failure
// (no connection, TLS refused, timeout) is an Error; any HTTP status is a response.

#include "shared/core/Result.h"

#include <chrono>
#include <map>
#include <optional>
#include <string>

namespace fitflow::desktop {

struct HttpRequest {
    std::string method = "GET"; // "GET", "POST" or "PATCH"
    std::string url;
    std::string bearerToken; // empty: no Authorization header
    std::string jsonBody;    // sent as application/json when method is POST or PATCH
    // A later request of a run of many (pull pages after the first): it may use the connection
    // the previous one of the run left open, and leaves its own open for the next.
    bool continuesRun = false;
};

struct HttpResponse {
    long status = 0;
    std::string body;
    std::optional<std::chrono::seconds> retryAfter; // from a Retry-After header in seconds
};

class HttpTransport {
public:
    virtual ~HttpTransport() = default;
    // Errors: "network_error" (connect, reset, timeout), "tls_error" (verification failed).
    virtual fitflow::Result<HttpResponse> send(const HttpRequest& request) = 0;
};

} // namespace fitflow::desktop
