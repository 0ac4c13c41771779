#include "desktop/core/account/ProfileJobs.h"

#include "desktop/storage/SyncStateRepository.h"
#include "desktop/storage/manager/ProfileCache.h"
#include "desktop/sync/CurlTransport.h"
#include "desktop/sync/ServerSession.h"

#include <QDateTime>

namespace fitflow::desktop {

namespace {

constexpr long kOk = 200;

fitflow::Error answerError(const ApiAnswer& answer, const std::string& what)
{
    const std::string code = answer.errorCode();
    return makeError(code.empty() ? "server_error" : code, what + " answered HTTP " +
                                                               std::to_string(answer.status) +
                                                               ": " + answer.errorMessage());
}

} // namespace

bool administersOrganization(const QString& role)
{
    return role == QLatin1String("owner") || role == QLatin1String("manager") ||
           role == QLatin1String("trainer_admin");
}

fitflow::Result<AccountProfile> readCachedProfile(const QSqlDatabase& db)
{
    auto cached = ProfileCache(db).load();
    if (!cached) {
        return cached.error();
    }
    return *cached ? AccountProfile::fromJson(**cached) : AccountProfile{};
}

fitflow::Result<AccountProfile> fetchAndCacheProfile(const QSqlDatabase& db)
{
    SyncStateRepository state(db);
    auto account = state.account();
    if (!account) {
        return account.error();
    }
    if (!*account || (*account)->refreshToken.empty()) {
        return makeError("not_signed_in", "this store is not signed in to a server");
    }
    CurlTransport transport((*account)->caCertPath);
    ServerSession session(transport, state, **account);
    auto me = session.get("/api/v1/me");
    if (!me) {
        return me.error();
    }
    if (me->status != kOk || !me->body.is_object()) {
        return answerError(*me, "GET /api/v1/me");
    }
    nlohmann::json profile = me->body;
    nlohmann::json members = nlohmann::json::object();
    for (const nlohmann::json& membership : profile.value("memberships", nlohmann::json::array())) {
        const std::string orgId = membership.value("organization_id", std::string{});
        const std::string role = membership.value("role", std::string{});
        if (orgId.empty() || members.contains(orgId) ||
            !administersOrganization(QString::fromStdString(role))) {
            continue;
        }
        auto list = session.get("/api/v1/orgs/" + orgId + "/members");
        if (!list) {
            return list.error();
        }
        if (list->status != kOk) {
            return answerError(*list, "GET /api/v1/orgs/{id}/members");
        }
        members[orgId] = list->body.value("members", nlohmann::json::array());
    }
    profile["members"] = std::move(members);
    profile["fetched_at"] =
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
    if (auto saved = ProfileCache(db).save(profile); !saved) {
        return saved.error();
    }
    return AccountProfile::fromJson(profile);
}

} // namespace fitflow::desktop
