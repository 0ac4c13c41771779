#include "server/http/HttpServer.h"

#include "server/http/ErrorMapping.h"
#include "server/http/JsonResponse.h"
#include "server/http/SecurityHeaders.h"
#include "server/http/TlsContext.h"

#include <httplib.h>

#include <sys/socket.h>

#include <cerrno>
#include <cstring>

namespace fitflow::http {

namespace {

// Requests are handled start to finish on one pool thread, so the start time can live in a
// thread_local between the pre-routing hook and the logger.
thread_local std::chrono::steady_clock::time_point t_requestStart;
thread_local bool t_requestStarted = false;

} // namespace

Result<std::unique_ptr<HttpServer>> HttpServer::create(const HttpServerOptions& options,
                                                       AccessLog& accessLog)
{
    Status tls;
    auto server = std::make_unique<httplib::SSLServer>([&](SSL_CTX& context) {
        tls = configureTlsContext(context, options.tlsCertificatePath, options.tlsPrivateKeyPath);
        return tls.ok();
    });
    if (!tls) {
        return tls.error();
    }
    if (!server->is_valid()) {
        return makeError("tls_setup_failed", "OpenSSL could not create a TLS context");
    }
    return std::unique_ptr<HttpServer>(new HttpServer(options, std::move(server), accessLog));
}

HttpServer::HttpServer(const HttpServerOptions& options, std::unique_ptr<httplib::SSLServer> server,
                       AccessLog& accessLog)
    : m_options(options)
    , m_server(std::move(server))
    , m_routes(std::make_unique<RouteTable>(*m_server))
    , m_accessLog(accessLog)
    , m_perIpLimiter(options.perIpRateLimit)
    , m_perUserLimiter(options.perUserRateLimit)
{
    installMiddleware();
    if (m_options.metricsEnabled) {
        installMetricsRoute();
    }
}

HttpServer::~HttpServer() = default;

void HttpServer::installMiddleware()
{
    httplib::SSLServer& server = *m_server;
    const std::size_t threads = m_options.threads;
    server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server.set_tcp_nodelay(true);
    // cpp-httplib's default also sets SO_REUSEPORT, which would let a second process bind the
    // same port and take a share of the connections; SO_REUSEADDR alone allows quick restarts.
    server.set_socket_options([](socket_t socket) {
        const int yes = 1;
        ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    server.set_payload_max_length(m_options.maxBodyBytes);
    server.set_keep_alive_max_count(m_options.keepAliveMaxRequests);
    server.set_keep_alive_timeout(m_options.keepAliveTimeout.count());
    server.set_read_timeout(m_options.readTimeout.count());
    server.set_write_timeout(m_options.writeTimeout.count());
    server.set_default_headers(securityHeaders());

    server.set_pre_routing_handler(
        [this](const httplib::Request& request, httplib::Response& response) {
            t_requestStart = std::chrono::steady_clock::now();
            t_requestStarted = true;
            if (const RateDecision decision = m_perIpLimiter.take(request.remote_addr);
                !decision.allowed) {
                writeRateLimited(response, decision);
                return httplib::Server::HandlerResponse::Handled;
            }
            return httplib::Server::HandlerResponse::Unhandled;
        });

    // Called for every status >= 400: fill in a JSON body unless a handler already wrote one.
    server.set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request& request, httplib::Response& response) {
            if (!response.body.empty()) {
                return httplib::Server::HandlerResponse::Unhandled;
            }
            if (response.status == 404) {
                if (const std::string allowed = m_routes->allowedMethods(request.path);
                    !allowed.empty()) {
                    response.status = 405;
                    response.set_header("Allow", allowed);
                }
            }
            response.set_content(errorBody(errorForStatus(response.status)), kJsonContentType);
            return httplib::Server::HandlerResponse::Handled;
        }));

    server.set_exception_handler(
        [](const httplib::Request&, httplib::Response& response, const std::exception_ptr&) {
            writeError(response, makeError("internal_error", "unhandled exception"));
        });

    server.set_logger([this](const httplib::Request& request, const httplib::Response& response) {
        double durationMs = 0;
        std::chrono::microseconds duration{0};
        if (t_requestStarted) {
            const auto elapsed = std::chrono::steady_clock::now() - t_requestStart;
            durationMs = std::chrono::duration<double, std::milli>(elapsed).count();
            duration = std::chrono::duration_cast<std::chrono::microseconds>(elapsed);
            t_requestStarted = false;
        }
        m_metrics.observe(m_routes->patternFor(request.method, request.path), request.method,
                          response.status, duration);
        m_accessLog.write({std::chrono::system_clock::now(), request.method, request.path,
                           response.status, durationMs, response.body.size()});
    });
}

// Metrics describe the whole service, so they stay off the public network: only a peer on the
// loopback interface (a local Prometheus agent or sidecar) gets them; others see a plain 404.
void HttpServer::installMetricsRoute()
{
    m_routes->get("/metrics", [this](const httplib::Request& request, httplib::Response& response) {
        if (request.remote_addr != "127.0.0.1" && request.remote_addr != "::1") {
            writeError(response, makeError("not_found", "no such resource"));
            return;
        }
        response.set_content(m_metrics.render(), "text/plain; version=0.0.4; charset=utf-8");
    });
}

void writeRateLimited(httplib::Response& response, const RateDecision& decision)
{
    writeError(response, makeError("rate_limited", "too many requests; retry later"));
    response.set_header("Retry-After", std::to_string(decision.retryAfter.count()));
}

Result<int> HttpServer::bind()
{
    const std::string where = m_options.bindAddress + ":" + std::to_string(m_options.port);
    errno = 0;
    int port = m_options.port;
    if (port == 0) {
        port = m_server->bind_to_any_port(m_options.bindAddress);
    } else if (!m_server->bind_to_port(m_options.bindAddress, port)) {
        port = -1;
    }
    if (port < 0) {
        const std::string reason = errno != 0 ? std::strerror(errno) : "unknown reason";
        return makeError("listen_failed", "cannot listen on " + where + ": " + reason);
    }
    return port;
}

void HttpServer::serve()
{
    m_server->listen_after_bind();
}

void HttpServer::stop()
{
    m_server->stop();
}

} // namespace fitflow::http
