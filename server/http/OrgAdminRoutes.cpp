#include "server/http/OrgAdminRoutes.h"

#include "server/http/ClientAssignmentRoutes.h"
#include "server/http/InvitationRoutes.h"
#include "server/http/LocationRoutes.h"
#include "server/http/MembershipRoutes.h"
#include "server/http/OrgAdminJson.h"

namespace fitflow::http {

namespace {

nlohmann::json optionalText(const std::optional<std::string>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json taxRegistrationsJson(const std::string& orgId,
                                    const service::TaxRegistrations& registrations)
{
    return {{"id", orgId},
            {"gst_hst_number", optionalText(registrations.gstHstNumber)},
            {"qst_number", optionalText(registrations.qstNumber)}};
}

// {"gst_hst_number": "123456789RT0001" | null, "qst_number": ... | null}: an absent field stays,
// null clears it, any other field is `unknown_field`.
Result<service::TaxRegistrationsPatch> readTaxRegistrations(const httplib::Request& request)
{
    auto json = readRequestJsonObject(request, kOrgAdminBodyLimits);
    if (!json) {
        return json.error();
    }
    const nlohmann::json& body = *json;
    return readJsonObject(body, [&body](JsonReader& r) {
        service::TaxRegistrationsPatch patch;
        const auto read = [&](const char* key, std::optional<std::optional<std::string>>& field) {
            if (!body.contains(key)) {
                return;
            }
            field = r.has(key) ? std::optional<std::string>(r.string(key)) : std::nullopt;
        };
        read("gst_hst_number", patch.gstHstNumber);
        read("qst_number", patch.qstNumber);
        return patch;
    });
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
        const auto patch = readTaxRegistrations(request);
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
