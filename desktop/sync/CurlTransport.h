#pragma once
// HttpTransport over libcurl, HTTPS only. Certificate and host name verification are always on;
// a configured CA file is trusted in addition to the system CAs (self-hosted servers).
// One libcurl handle per instance keeps its DNS and TLS session caches across requests (a
// resumed TLS session skips the certificate exchange); with ConnectionReuse::KeepAlive the
// connection itself is kept open too. Not thread-safe: an instance is used by one thread at a
// time (separate instances may run on separate threads). POST and PATCH send `jsonBody`.

#include "desktop/sync/HttpTransport.h"

#include <memory>
#include <string>

namespace fitflow::desktop {

class CurlTransport : public HttpTransport {
public:
    static constexpr long kConnectTimeoutSeconds = 10;
    static constexpr long kRequestTimeoutSeconds = 60;
    static constexpr std::size_t kMaxResponseBytes = 16 * 1024 * 1024;

    // PerRequest: a new TCP connection for every request (the TLS session is still resumed);
    // the sync fault tests count connections per request (their faults hit a round's first
    // requests), except for requests that continue a run (HttpRequest::continuesRun: a pull's
    // pages after the first), which share one kept-alive connection. KeepAlive: one open
    // connection for everything.
    enum class ConnectionReuse { PerRequest, KeepAlive };

    // `caCertPath` empty: system CAs only.
    explicit CurlTransport(std::string caCertPath = {},
                           ConnectionReuse reuse = ConnectionReuse::PerRequest);

    fitflow::Result<HttpResponse> send(const HttpRequest& request) override;

private:
    struct HandleDeleter {
        void operator()(void* handle) const;
    };

    std::string m_caCertPath;
    ConnectionReuse m_reuse;
    std::unique_ptr<void, HandleDeleter> m_handle; // libcurl's CURL*, created at the first send
};

} // namespace fitflow::desktop
