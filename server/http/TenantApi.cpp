#include "server/http/TenantApi.h"

#include "server/http/BearerAuth.h"
#include "server/http/JsonResponse.h"

#include <regex>

namespace fitflow::http {

std::string orgRoute(const std::string& suffix)
{
    return "/api/v1/orgs/([^/]+)" + suffix;
}

bool isUuidText(const std::string& text)
{
    static const std::regex kUuid("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    return std::regex_match(text, kUuid);
}

std::optional<service::Actor> requireActor(const httplib::Request& request,
                                           httplib::Response& response, const TenantApi& api,
                                           Action action, Resource resource)
{
    const auto bearer = requireBearer(request, response, api.auth, api.perUser);
    if (!bearer) {
        return std::nullopt;
    }
    const std::string orgId = request.matches.size() > 1 ? request.matches[1].str() : "";
    if (!isUuidText(orgId)) {
        writeError(response, makeError("not_found", "no such resource"));
        return std::nullopt;
    }
    auto actor = api.access.actorFor(*bearer, orgId, action, resource);
    if (!actor) {
        writeError(response, actor.error());
        return std::nullopt;
    }
    return std::move(*actor);
}

} // namespace fitflow::http
