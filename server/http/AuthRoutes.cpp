#include "server/http/AuthRoutes.h"

#include "server/http/BearerAuth.h"
#include "server/http/HttpServer.h"
#include "server/http/JsonResponse.h"
#include "server/http/TaxRegistrationsJson.h"
#include "shared/codec/JsonReader.h"

#include <nlohmann/json.hpp>

namespace fitflow::http {

namespace {

constexpr std::size_t kMaxDeviceNameBytes = 200;
constexpr std::size_t kMaxSecretBytes = 1024;
// Auth bodies are a few short strings; anything larger is not a login.
const JsonLimits kAuthBodyLimits{.maxBytes = 16 * 1024, .maxDepth = 4};

std::chrono::sys_seconds now()
{
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

std::string boundedString(JsonReader& reader, std::string_view key)
{
    return reader.string(
        key,
        [](std::string_view value) { return !value.empty() && value.size() <= kMaxSecretBytes; },
        "a non-empty string of at most 1024 bytes");
}

Result<service::LoginRequest> readLogin(const httplib::Request& request)
{
    return readJsonText(
        request.body,
        [&request](JsonReader& r) {
            service::LoginRequest login;
            login.email = boundedString(r, "email");
            login.password = boundedString(r, "password");
            if (r.has("totp_code")) {
                login.totpCode = boundedString(r, "totp_code");
            }
            if (r.has("device_id")) {
                login.deviceId = r.uuid("device_id");
            }
            if (r.has("device_name")) {
                login.deviceName = r.label("device_name", kMaxDeviceNameBytes);
            }
            login.clientIp = request.remote_addr;
            return login;
        },
        kAuthBodyLimits);
}

Result<std::string> readRefreshToken(const httplib::Request& request)
{
    return readJsonText(
        request.body, [](JsonReader& r) { return boundedString(r, "refresh_token"); },
        kAuthBodyLimits);
}

void writeTokens(httplib::Response& response, const service::AuthOutcome& outcome)
{
    if (!outcome.tokens) {
        if (outcome.retryAfter > std::chrono::seconds::zero()) {
            response.set_header("Retry-After", std::to_string(outcome.retryAfter.count()));
        }
        writeError(response, outcome.tokens.error());
        return;
    }
    response.set_header("Cache-Control", "no-store");
    writeJson(response, 200,
              {{"access_token", outcome.tokens->accessToken},
               {"refresh_token", outcome.tokens->refreshToken},
               {"token_type", "Bearer"},
               {"expires_in", outcome.tokens->expiresIn.count()}});
}

nlohmann::json profileJson(const service::UserProfile& profile)
{
    nlohmann::json memberships = nlohmann::json::array();
    for (const auto& membership : profile.memberships) {
        memberships.push_back({{"organization_id", membership.orgId},
                               {"organization_name", membership.orgName},
                               {"role", membership.role},
                               {"location_ids", membership.locationIds}});
    }
    return {
        {"user",
         {{"id", profile.userId}, {"email", profile.email}, {"display_name", profile.displayName}}},
        {"memberships", std::move(memberships)},
        {"tax_registrations", taxRegistrationMembers(profile.taxRegistrations)}};
}

} // namespace

void addAuthRoutes(RouteTable& routes, service::AuthService& auth, const auth::SigningKeyRing& keys,
                   RateLimiter& perUser)
{
    routes.get("/.well-known/jwks.json",
               [&keys](const httplib::Request&, httplib::Response& response) {
                   writeJson(response, 200, keys.jwks());
               });
    routes.post("/api/v1/auth/login",
                [&auth](const httplib::Request& request, httplib::Response& response) {
                    const auto login = readLogin(request);
                    if (!login) {
                        writeError(response, login.error());
                        return;
                    }
                    writeTokens(response, auth.login(*login, now()));
                });
    routes.post("/api/v1/auth/refresh",
                [&auth](const httplib::Request& request, httplib::Response& response) {
                    const auto token = readRefreshToken(request);
                    if (!token) {
                        writeError(response, token.error());
                        return;
                    }
                    writeTokens(response, auth.refresh(*token, now()));
                });
    routes.post("/api/v1/auth/logout",
                [&auth](const httplib::Request& request, httplib::Response& response) {
                    const auto token = readRefreshToken(request);
                    if (!token) {
                        writeError(response, token.error());
                        return;
                    }
                    if (Status ended = auth.logout(*token); !ended) {
                        writeError(response, ended.error());
                        return;
                    }
                    response.status = 204;
                });
    routes.get("/api/v1/me", [&auth, &perUser](const httplib::Request& request,
                                               httplib::Response& response) {
        const auto claims = requireBearer(request, response, auth, perUser);
        if (!claims) {
            return;
        }
        const auto profile = auth.profile(claims->subject);
        if (!profile) {
            writeError(response, profile.error());
            return;
        }
        if (!*profile) {
            response.set_header("WWW-Authenticate", "Bearer");
            writeError(response, makeError("unauthenticated", "the user no longer exists"));
            return;
        }
        writeJson(response, 200, profileJson(**profile));
    });
}

} // namespace fitflow::http
