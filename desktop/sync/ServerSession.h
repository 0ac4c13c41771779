#pragma once
// An authenticated conversation with the FitFlow server for one device: logs in (registering
// the store's device id), keeps the short-lived access token in memory, and refreshes it with
// the refresh token kept in the encrypted store, saving each rotated refresh token at once.

#include "desktop/storage/SyncStateRepository.h"
#include "desktop/sync/HttpTransport.h"

#include <nlohmann/json.hpp>

#include <string>

namespace fitflow::desktop {

// A server answer: status, parsed JSON body (null when empty or not JSON) and Retry-After.
struct ApiAnswer {
    long status = 0;
    nlohmann::json body;
    std::optional<std::chrono::seconds> retryAfter;

    // body.error.code, or empty.
    std::string errorCode() const;
    std::string errorMessage() const;
};

struct LoginRequest {
    std::string serverUrl;
    std::string caCertPath;
    std::string email;
    std::string password;
    std::string deviceName;
    std::string totpCode; // sent only when not empty (after the server answered mfa_required)
};

class ServerSession {
public:
    ServerSession(HttpTransport& transport, SyncStateRepository& state, SyncAccount account);

    // Logs in as this store's device and returns the account to save (with user id and refresh
    // token). Errors: the server's code ("invalid_credentials", "mfa_required", ...), or a
    // transport error.
    static fitflow::Result<SyncAccount> login(HttpTransport& transport, const LoginRequest& request,
                                              const std::string& deviceId);

    // Authorized requests; an expired access token is refreshed once and the request repeated.
    // Errors: transport errors, "login_required" (the refresh token was refused),
    // "device_revoked".
    fitflow::Result<ApiAnswer> get(const std::string& path);
    fitflow::Result<ApiAnswer> post(const std::string& path, const nlohmann::json& body);

    // The request post() would send now, with the current access token, for a caller that sends
    // it through transport() with exchange() on another thread (the session is not
    // thread-safe). That caller must send an answer 401 again through post(), which refreshes.
    HttpRequest authorizedPost(const std::string& path, const nlohmann::json& body) const;
    // Gets an access token if there is none yet, as post() does first: call it before the first
    // authorizedPost() of a round. Errors as post()'s refresh.
    fitflow::Status ensureAccessToken();
    HttpTransport& transport() { return m_transport; }

    const SyncAccount& account() const { return m_account; }

private:
    fitflow::Result<ApiAnswer> send(HttpRequest request);
    fitflow::Status refreshAccessToken();

    HttpTransport& m_transport;
    SyncStateRepository& m_state;
    SyncAccount m_account;
    std::string m_accessToken;
};

// Sends one request and parses its answer (no authorization handling).
fitflow::Result<ApiAnswer> exchange(HttpTransport& transport, const HttpRequest& request);

} // namespace fitflow::desktop
