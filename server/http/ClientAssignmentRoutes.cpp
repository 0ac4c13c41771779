#include "server/http/ClientAssignmentRoutes.h"

#include "server/http/OrgAdminJson.h"

namespace fitflow::http {

namespace {

struct AssignmentTarget {
    service::Actor actor;
    std::string clientId;
    std::string trainerUserId;
};

// The actor and both ids of the route, or nothing with the answer written.
std::optional<AssignmentTarget> readTarget(const httplib::Request& request,
                                           httplib::Response& response, const TenantApi& api)
{
    auto actor = requireActor(request, response, api, Action::Assign, Resource::Client);
    if (!actor) {
        return std::nullopt;
    }
    auto clientId = uuidCapture(request, response, 2);
    if (!clientId) {
        return std::nullopt;
    }
    auto trainerUserId = uuidCapture(request, response, 3);
    if (!trainerUserId) {
        return std::nullopt;
    }
    return AssignmentTarget{std::move(*actor), std::move(*clientId), std::move(*trainerUserId)};
}

} // namespace

void addClientAssignmentRoutes(RouteTable& routes, const TenantApi& api,
                               service::ClientAssignmentService& assignments)
{
    const std::string pattern = orgRoute("/clients/([^/]+)/trainers/([^/]+)");
    routes.put(pattern,
               [api, &assignments](const httplib::Request& request, httplib::Response& response) {
                   if (const auto target = readTarget(request, response, api); target) {
                       writeNoContent(response, assignments.assign(target->actor, target->clientId,
                                                                   target->trainerUserId));
                   }
               });
    routes.del(
        pattern, [api, &assignments](const httplib::Request& request, httplib::Response& response) {
            if (const auto target = readTarget(request, response, api); target) {
                writeNoContent(response, assignments.unassign(target->actor, target->clientId,
                                                              target->trainerUserId));
            }
        });
}

} // namespace fitflow::http
