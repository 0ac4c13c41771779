#include "desktop/core/account/AccountJobs.h"

#include "desktop/storage/SyncStateRepository.h"
#include "desktop/storage/manager/ProfileCache.h"
#include "desktop/sync/CurlTransport.h"
#include "desktop/sync/SyncEngine.h"

namespace fitflow::desktop {

namespace {

AccountInfo toInfo(const std::optional<SyncAccount>& account)
{
    AccountInfo info;
    if (!account) {
        return info;
    }
    info.signedIn = !account->refreshToken.empty();
    info.email = QString::fromStdString(account->email);
    info.userId = QString::fromStdString(account->userId);
    info.serverUrl = QString::fromStdString(account->serverUrl);
    info.caCertPath = QString::fromStdString(account->caCertPath);
    return info;
}

std::string logoutUrl(std::string serverUrl)
{
    while (!serverUrl.empty() && serverUrl.back() == '/') {
        serverUrl.pop_back();
    }
    return serverUrl + "/api/v1/auth/logout";
}

} // namespace

fitflow::Result<AccountInfo> readAccount(const QSqlDatabase& db)
{
    auto account = SyncStateRepository(db).account();
    if (!account) {
        return account.error();
    }
    return toInfo(*account);
}

fitflow::Result<AccountInfo> signInStore(const QSqlDatabase& db, const LoginRequest& request)
{
    SyncStateRepository state(db);
    auto deviceId = state.deviceId();
    if (!deviceId) {
        return deviceId.error();
    }
    CurlTransport transport(request.caCertPath);
    auto account = ServerSession::login(transport, request, *deviceId);
    if (!account) {
        return account.error();
    }
    if (auto saved = state.saveAccount(*account); !saved) {
        return saved.error();
    }
    // The cached profile may be another user's; ProfileService fetches this one's.
    if (auto forgotten = ProfileCache(db).clear(); !forgotten) {
        return forgotten.error();
    }
    return toInfo(*account);
}

fitflow::Result<AccountInfo> signOutStore(const QSqlDatabase& db, bool wipe)
{
    SyncStateRepository state(db);
    auto account = state.account();
    if (!account) {
        return account.error();
    }
    if (*account && !(*account)->refreshToken.empty()) {
        SyncAccount& saved = **account;
        // The server may be unreachable; the token is forgotten here either way, and an unused
        // refresh token expires on the server by itself.
        CurlTransport transport(saved.caCertPath);
        const nlohmann::json body{{"refresh_token", saved.refreshToken}};
        (void)exchange(transport, {"POST", logoutUrl(saved.serverUrl), {}, body.dump()});
        saved.refreshToken.clear();
        if (auto forgotten = state.saveAccount(saved); !forgotten) {
            return forgotten.error();
        }
    }
    if (wipe) {
        if (auto wiped = wipeSyncedData(db); !wiped) {
            return wiped.error();
        }
        if (auto forgotten = ProfileCache(db).clear(); !forgotten) {
            return forgotten.error();
        }
    }
    return readAccount(db);
}

} // namespace fitflow::desktop
