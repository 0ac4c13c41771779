#include "desktop/sync/ServerSession.h"

#include "shared/codec/SafeJsonParser.h"

namespace fitflow::desktop {

namespace {

constexpr long kUnauthorized = 401;
constexpr long kOk = 200;

std::string joinUrl(const std::string& base, const std::string& path)
{
    if (!base.empty() && base.back() == '/') {
        return base.substr(0, base.size() - 1) + path;
    }
    return base + path;
}

fitflow::Error answerError(const ApiAnswer& answer, const std::string& what)
{
    std::string code = answer.errorCode();
    if (code.empty()) {
        code = "server_error";
    }
    return makeError(code, what + " failed (HTTP " + std::to_string(answer.status) +
                               "): " + answer.errorMessage());
}

} // namespace

std::string ApiAnswer::errorCode() const
{
    if (body.is_object() && body.contains("error") && body["error"].is_object()) {
        return body["error"].value("code", std::string{});
    }
    return {};
}

std::string ApiAnswer::errorMessage() const
{
    if (body.is_object() && body.contains("error") && body["error"].is_object()) {
        return body["error"].value("message", std::string{});
    }
    return {};
}

fitflow::Result<ApiAnswer> exchange(HttpTransport& transport, const HttpRequest& request)
{
    auto response = transport.send(request);
    if (!response) {
        return response.error();
    }
    ApiAnswer answer{response->status, nullptr, response->retryAfter};
    if (!response->body.empty()) {
        JsonLimits limits;
        limits.maxBytes = response->body.size();
        auto json = parseJson(response->body, limits);
        if (json) {
            answer.body = std::move(*json);
        }
    }
    return answer;
}

ServerSession::ServerSession(HttpTransport& transport, SyncStateRepository& state,
                             SyncAccount account)
    : m_transport(transport)
    , m_state(state)
    , m_account(std::move(account))
{
}

fitflow::Result<SyncAccount> ServerSession::login(HttpTransport& transport,
                                                  const LoginRequest& request,
                                                  const std::string& deviceId)
{
    nlohmann::json body{{"email", request.email},
                        {"password", request.password},
                        {"device_id", deviceId},
                        {"device_name", request.deviceName}};
    if (!request.totpCode.empty()) {
        body["totp_code"] = request.totpCode;
    }
    auto answer = exchange(
        transport, {"POST", joinUrl(request.serverUrl, "/api/v1/auth/login"), {}, body.dump()});
    if (!answer) {
        return answer.error();
    }
    if (answer->status != kOk) {
        return answerError(*answer, "login");
    }
    const std::string accessToken = answer->body.value("access_token", std::string{});
    const std::string refreshToken = answer->body.value("refresh_token", std::string{});
    if (accessToken.empty() || refreshToken.empty()) {
        return makeError("server_error", "the login answer has no tokens");
    }
    auto me =
        exchange(transport, {"GET", joinUrl(request.serverUrl, "/api/v1/me"), accessToken, {}});
    if (!me) {
        return me.error();
    }
    if (me->status != kOk || !me->body.contains("user") || !me->body["user"].is_object()) {
        return answerError(*me, "GET /api/v1/me");
    }
    return SyncAccount{request.serverUrl, request.caCertPath, request.email,
                       me->body["user"].value("id", std::string{}), refreshToken};
}

fitflow::Result<ApiAnswer> ServerSession::get(const std::string& path)
{
    return send({"GET", joinUrl(m_account.serverUrl, path), {}, {}});
}

fitflow::Result<ApiAnswer> ServerSession::post(const std::string& path, const nlohmann::json& body)
{
    return send({"POST", joinUrl(m_account.serverUrl, path), {}, body.dump()});
}

HttpRequest ServerSession::authorizedPost(const std::string& path, const nlohmann::json& body) const
{
    return {"POST", joinUrl(m_account.serverUrl, path), m_accessToken, body.dump()};
}

fitflow::Status ServerSession::ensureAccessToken()
{
    return m_accessToken.empty() ? refreshAccessToken() : fitflow::Status{};
}

fitflow::Result<ApiAnswer> ServerSession::send(HttpRequest request)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_accessToken.empty()) {
            if (auto refreshed = refreshAccessToken(); !refreshed) {
                return refreshed.error();
            }
        }
        request.bearerToken = m_accessToken;
        auto answer = exchange(m_transport, request);
        if (!answer) {
            return answer;
        }
        if (answer->status == kUnauthorized && answer->errorCode() == "device_revoked") {
            return makeError("device_revoked", "the server revoked this device");
        }
        if (answer->status != kUnauthorized || attempt > 0) {
            return answer;
        }
        m_accessToken.clear(); // expired or rotated keys: one refresh, then one more try
    }
    return makeError("login_required", "the server refused the refreshed access token");
}

fitflow::Status ServerSession::refreshAccessToken()
{
    if (m_account.refreshToken.empty()) {
        return makeError("login_required", "this store is not logged in; run login first");
    }
    const nlohmann::json body{{"refresh_token", m_account.refreshToken}};
    auto answer =
        exchange(m_transport,
                 {"POST", joinUrl(m_account.serverUrl, "/api/v1/auth/refresh"), {}, body.dump()});
    if (!answer) {
        return answer.error();
    }
    if (answer->status == kUnauthorized && answer->errorCode() == "device_revoked") {
        return makeError("device_revoked", "the server revoked this device");
    }
    if (answer->status != kOk) {
        const fitflow::Error error = answerError(*answer, "token refresh");
        if (answer->status == kUnauthorized) {
            return makeError("login_required", error.message);
        }
        return error;
    }
    m_accessToken = answer->body.value("access_token", std::string{});
    const std::string rotated = answer->body.value("refresh_token", std::string{});
    if (m_accessToken.empty() || rotated.empty()) {
        return makeError("server_error", "the refresh answer has no tokens");
    }
    // The old refresh token is spent: the new one must be saved before anything else happens.
    m_account.refreshToken = rotated;
    return m_state.saveAccount(m_account);
}

} // namespace fitflow::desktop
