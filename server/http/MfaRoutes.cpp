#include "server/http/MfaRoutes.h"

#include "server/http/BearerAuth.h"
#include "server/http/JsonResponse.h"
#include "shared/codec/JsonReader.h"

#include <nlohmann/json.hpp>

namespace fitflow::http {

namespace {

constexpr std::size_t kMaxCodeBytes = 16;
constexpr std::size_t kMaxPasswordBytes = 1024;
const JsonLimits kMfaBodyLimits{.maxBytes = 4 * 1024, .maxDepth = 2};

struct DisableRequest {
    std::string password;
    std::string code;
};

std::chrono::sys_seconds now()
{
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

std::string code(JsonReader& reader)
{
    return reader.string(
        "totp_code",
        [](std::string_view value) { return !value.empty() && value.size() <= kMaxCodeBytes; },
        "the code from the authenticator app");
}

Result<std::string> readConfirm(const httplib::Request& request)
{
    return readJsonText(request.body, code, kMfaBodyLimits);
}

Result<DisableRequest> readDisable(const httplib::Request& request)
{
    return readJsonText(
        request.body,
        [](JsonReader& r) {
            DisableRequest body;
            body.password = r.string(
                "password",
                [](std::string_view value) {
                    return !value.empty() && value.size() <= kMaxPasswordBytes;
                },
                "a non-empty string of at most 1024 bytes");
            body.code = code(r);
            return body;
        },
        kMfaBodyLimits);
}

void writeStatus(httplib::Response& response, const Status& status)
{
    if (!status) {
        writeError(response, status.error());
        return;
    }
    response.status = 204;
}

} // namespace

void addMfaRoutes(RouteTable& routes, service::AuthService& auth, service::MfaService& mfa,
                  RateLimiter& perUser)
{
    routes.post("/api/v1/auth/mfa/enrol", [&auth, &mfa, &perUser](const httplib::Request& request,
                                                                  httplib::Response& response) {
        const auto caller = requireBearer(request, response, auth, perUser);
        if (!caller) {
            return;
        }
        const auto enrolment = mfa.enrol(*caller);
        if (!enrolment) {
            writeError(response, enrolment.error());
            return;
        }
        response.set_header("Cache-Control", "no-store");
        writeJson(
            response, 200,
            {{"secret", enrolment->secretBase32}, {"otpauth_uri", enrolment->provisioningUri}});
    });
    routes.post("/api/v1/auth/mfa/confirm", [&auth, &mfa, &perUser](const httplib::Request& request,
                                                                    httplib::Response& response) {
        const auto caller = requireBearer(request, response, auth, perUser);
        if (!caller) {
            return;
        }
        const auto body = readConfirm(request);
        if (!body) {
            writeError(response, body.error());
            return;
        }
        writeStatus(response, mfa.confirm(*caller, *body, now()));
    });
    routes.post("/api/v1/auth/mfa/disable", [&auth, &mfa, &perUser](const httplib::Request& request,
                                                                    httplib::Response& response) {
        const auto caller = requireBearer(request, response, auth, perUser);
        if (!caller) {
            return;
        }
        const auto body = readDisable(request);
        if (!body) {
            writeError(response, body.error());
            return;
        }
        writeStatus(response, mfa.disable(*caller, body->password, body->code, now()));
    });
}

} // namespace fitflow::http
