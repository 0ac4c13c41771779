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

// ServerSession speaks GET and POST; this sends its POST to one path as PATCH (the session's
// token refresh, a POST to another path, passes unchanged).
class PatchOnePath : public HttpTransport {
public:
    PatchOnePath(HttpTransport& inner, std::string path)
        : m_inner(inner)
        , m_path(std::move(path))
    {
    }

    fitflow::Result<HttpResponse> send(const HttpRequest& request) override
    {
        HttpRequest sent = request;
        if (sent.method == "POST" && sent.url.size() >= m_path.size() &&
            sent.url.compare(sent.url.size() - m_path.size(), m_path.size(), m_path) == 0) {
            sent.method = "PATCH";
        }
        return m_inner.send(sent);
    }

private:
    HttpTransport& m_inner;
    std::string m_path;
};

nlohmann::json numberOrNull(const QString& number)
{
    return number.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(number.toStdString());
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

namespace fitflow::desktop {

fitflow::Result<AccountProfile> saveTaxRegistrations(const QSqlDatabase& db, const QString& gstHst,
                                                     const QString& qst)
{
    SyncStateRepository state(db);
    auto account = state.account();
    if (!account) {
        return account.error();
    }
    if (!*account || (*account)->refreshToken.empty()) {
        return makeError("not_signed_in", "this store is not signed in to a server");
    }
    const std::string path = "/api/v1/me/tax-registrations";
    CurlTransport curl((*account)->caCertPath);
    PatchOnePath transport(curl, path);
    ServerSession session(transport, state, **account);
    const nlohmann::json numbers{{"gst_hst_number", numberOrNull(gstHst)},
                                 {"qst_number", numberOrNull(qst)}};
    auto answer = session.post(path, numbers);
    if (!answer) {
        return answer.error();
    }
    if (answer->status != kOk) {
        fitflow::Error error = answerError(*answer, "PATCH " + path);
        const nlohmann::json details = answer->body.is_object()
                                           ? answer->body.value("error", nlohmann::json())
                                           : nlohmann::json();
        if (details.is_object() && details.contains("path") && details["path"].is_string()) {
            error.path = details["path"].get<std::string>();
        }
        return error;
    }
    auto cached = ProfileCache(db).load();
    if (!cached) {
        return cached.error();
    }
    nlohmann::json profile = *cached ? **cached : nlohmann::json::object();
    const bool answered = answer->body.is_object() && answer->body.contains("gst_hst_number");
    profile["tax_registrations"] = answered ? answer->body : numbers;
    if (auto saved = ProfileCache(db).save(profile); !saved) {
        return saved.error();
    }
    return AccountProfile::fromJson(profile);
}

} // namespace fitflow::desktop
