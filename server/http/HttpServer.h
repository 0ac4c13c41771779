#pragma once
// The HTTPS listener: cpp-httplib's SSLServer with our TLS policy, limits, thread pool, security
// headers, JSON error bodies and the access log. Routes are added through routes() before
// serve(). stop() may be called from any thread (e.g. a signal-waiting thread).

#include "server/http/AccessLog.h"
#include "server/http/HttpMetrics.h"
#include "server/http/HttpServerOptions.h"
#include "server/http/RateLimiter.h"
#include "server/http/RouteTable.h"
#include "shared/core/Result.h"

#include <memory>

namespace httplib {
class SSLServer;
} // namespace httplib

namespace fitflow::http {

class HttpServer {
public:
    // Errors: `tls_setup_failed` (certificate, key or policy could not be applied).
    // `accessLog` must outlive the server.
    static Result<std::unique_ptr<HttpServer>> create(const HttpServerOptions& options,
                                                      AccessLog& accessLog);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    RouteTable& routes() { return *m_routes; }
    HttpMetrics& metrics() { return m_metrics; }

    // The per-user bucket for the auth middleware: on a denied decision it answers 429
    // `rate_limited` via writeRateLimited().
    RateLimiter& perUserRateLimiter() { return m_perUserLimiter; }

    // Binds the listening socket and returns the port (useful with port 0).
    // Error `listen_failed` names the address and the system's reason.
    Result<int> bind();

    // Accepts connections until stop(); call after bind().
    void serve();

    void stop();

private:
    HttpServer(const HttpServerOptions& options, std::unique_ptr<httplib::SSLServer> server,
               AccessLog& accessLog);
    void installMiddleware();
    void installMetricsRoute();

    HttpServerOptions m_options;
    std::unique_ptr<httplib::SSLServer> m_server;
    std::unique_ptr<RouteTable> m_routes;
    AccessLog& m_accessLog;
    HttpMetrics m_metrics;
    RateLimiter m_perIpLimiter;
    RateLimiter m_perUserLimiter;
};

// 429 with a `rate_limited` JSON error and a Retry-After header (whole seconds).
void writeRateLimited(httplib::Response& response, const RateDecision& decision);

} // namespace fitflow::http
