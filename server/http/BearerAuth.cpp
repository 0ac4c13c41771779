#include "server/http/BearerAuth.h"

#include "server/http/HttpServer.h"
#include "server/http/JsonResponse.h"

#include <chrono>

namespace fitflow::http {

namespace {

// The token after "Bearer " in the Authorization header, or an `unauthenticated` error.
Result<std::string> bearerToken(const httplib::Request& request)
{
    constexpr std::string_view kScheme = "Bearer ";
    const std::string header = request.get_header_value("Authorization");
    if (header.size() <= kScheme.size() || header.compare(0, kScheme.size(), kScheme) != 0) {
        return makeError("unauthenticated", "an Authorization: Bearer token is required");
    }
    return header.substr(kScheme.size());
}

void unauthorized(httplib::Response& response, const Error& error)
{
    response.set_header("WWW-Authenticate", "Bearer");
    writeError(response, error);
}

} // namespace

std::optional<auth::AccessTokenClaims> requireBearer(const httplib::Request& request,
                                                     httplib::Response& response,
                                                     service::AuthService& auth,
                                                     RateLimiter& perUser)
{
    const auto token = bearerToken(request);
    if (!token) {
        unauthorized(response, token.error());
        return std::nullopt;
    }
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    auto claims = auth.authenticate(*token, now);
    if (!claims) {
        unauthorized(response, claims.error());
        return std::nullopt;
    }
    if (const RateDecision decision = perUser.take(claims->subject); !decision.allowed) {
        writeRateLimited(response, decision);
        return std::nullopt;
    }
    return std::move(*claims);
}

} // namespace fitflow::http
