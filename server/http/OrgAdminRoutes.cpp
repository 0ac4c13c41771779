#include "server/http/OrgAdminRoutes.h"

#include "server/http/ClientAssignmentRoutes.h"
#include "server/http/InvitationRoutes.h"
#include "server/http/LocationRoutes.h"
#include "server/http/MembershipRoutes.h"
#include "server/http/OrgAdminJson.h"
#include "server/http/TaxRegistrationsJson.h"

namespace fitflow::http {

namespace {

nlohmann::json taxRegistrationsJson(const std::string& orgId,
                                    const service::TaxRegistrations& registrations)
{
    nlohmann::json json = taxRegistrationMembers(registrations);
    json["id"] = orgId;
    return json;
}

} // namespace

void addOrgAdminRoutes(RouteTable& routes, const TenantApi& api, const OrgAdminServices& services)
{
    routes.patch(orgRoute(""), [api, &registrations = services.taxRegistrations](
                                   const httplib::Request& request, httplib::Response& response) {
        const auto actor =
            requireActor(request, response, api, Action::Update, Resource::Organization);
        if (!actor) {
            return;
        }
        const auto patch = readTaxRegistrationsPatch(request);
        if (!patch) {
            writeError(response, patch.error());
            return;
        }
        const std::string orgId = actor->orgId;
        writeResult(response, 200, registrations.update(*actor, *patch),
                    [&orgId](const service::TaxRegistrations& value) {
                        return taxRegistrationsJson(orgId, value);
                    });
    });

    addLocationRoutes(routes, api, services.locations);
    addMembershipRoutes(routes, api, services.members);
    addInvitationRoutes(routes, api, services.invitations);
    addClientAssignmentRoutes(routes, api, services.assignments);
}

} // namespace fitflow::http
