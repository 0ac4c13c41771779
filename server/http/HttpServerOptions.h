#pragma once
// How the HTTPS listener is set up; filled from the environment by the app's ServerConfig.

#include "server/http/RateLimiter.h"

#include <chrono>
#include <cstddef>
#include <string>

namespace fitflow::http {

struct HttpServerOptions {
    std::string bindAddress = "127.0.0.1";
    int port = 8443; // 0 = any free port (the bound port is reported by HttpServer::bind)
    std::size_t threads = 8;
    std::size_t maxBodyBytes = std::size_t{1024} * 1024;
    std::string tlsCertificatePath; // PEM chain, leaf first
    std::string tlsPrivateKeyPath;  // PEM
    std::size_t keepAliveMaxRequests = 100;
    std::chrono::seconds keepAliveTimeout{5};
    std::chrono::seconds readTimeout{10};
    std::chrono::seconds writeTimeout{10};
    RateLimitSettings perIpRateLimit;   // every request, keyed by the peer address
    RateLimitSettings perUserRateLimit; // called by the auth middleware, keyed by user id
    // GET /metrics is registered only when enabled, and answers loopback peers only.
    bool metricsEnabled = false;
};

} // namespace fitflow::http
