#pragma once
// HttpTransport over libcurl, HTTPS only. Certificate and host name verification are always on;
// a configured CA file is trusted in addition to the system CAs (self-hosted servers).

#include "desktop/sync/HttpTransport.h"

#include <string>

namespace fitflow::desktop {

class CurlTransport : public HttpTransport {
public:
    static constexpr long kConnectTimeoutSeconds = 10;
    static constexpr long kRequestTimeoutSeconds = 60;
    static constexpr std::size_t kMaxResponseBytes = 16 * 1024 * 1024;

    // `caCertPath` empty: system CAs only.
    explicit CurlTransport(std::string caCertPath = {});

    fitflow::Result<HttpResponse> send(const HttpRequest& request) override;

private:
    std::string m_caCertPath;
};

} // namespace fitflow::desktop
