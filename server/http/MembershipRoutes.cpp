#include "server/http/MembershipRoutes.h"

#include "server/http/OrgAdminJson.h"

namespace fitflow::http {

namespace {

nlohmann::json memberListJson(const std::vector<service::MemberRecord>& members)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& member : members) {
        list.push_back(memberJson(member));
    }
    return {{"members", std::move(list)}};
}

// `team_lead_user_id: null` clears the lead, so presence matters, not just a value.
Result<service::MemberPatch> readPatch(const httplib::Request& request)
{
    auto json = readRequestJsonObject(request, kOrgAdminBodyLimits);
    if (!json) {
        return json.error();
    }
    const bool clearsLead =
        json->contains("team_lead_user_id") && json->at("team_lead_user_id").is_null();
    return readJsonObject(*json, [clearsLead](JsonReader& r) {
        service::MemberPatch patch;
        if (r.has("role")) {
            patch.role = r.string("role");
        }
        if (r.has("location_ids")) {
            patch.locationIds = r.uuidArray("location_ids");
        }
        if (r.has("team_lead_user_id")) {
            patch.teamLeadUserId = std::optional<std::string>(r.uuid("team_lead_user_id"));
        } else if (clearsLead) {
            patch.teamLeadUserId = std::optional<std::string>();
        }
        return patch;
    });
}

} // namespace

void addMembershipRoutes(RouteTable& routes, const TenantApi& api, service::MemberService& members)
{
    routes.get(orgRoute("/members"), [api, &members](const httplib::Request& request,
                                                     httplib::Response& response) {
        const auto actor = requireActor(request, response, api, Action::Read, Resource::Membership);
        if (actor) {
            writeResult(response, 200, members.list(*actor), memberListJson);
        }
    });
    routes.patch(orgRoute("/members/([^/]+)"), [api, &members](const httplib::Request& request,
                                                               httplib::Response& response) {
        const auto actor =
            requireActor(request, response, api, Action::Update, Resource::Membership);
        if (!actor) {
            return;
        }
        const auto membershipId = uuidCapture(request, response, 2);
        if (!membershipId) {
            return;
        }
        const auto patch = readPatch(request);
        if (!patch) {
            writeError(response, patch.error());
            return;
        }
        writeResult(response, 200, members.update(*actor, *membershipId, *patch), memberJson);
    });
    routes.del(orgRoute("/members/([^/]+)"),
               [api, &members](const httplib::Request& request, httplib::Response& response) {
                   const auto actor =
                       requireActor(request, response, api, Action::Delete, Resource::Membership);
                   if (!actor) {
                       return;
                   }
                   if (const auto membershipId = uuidCapture(request, response, 2); membershipId) {
                       writeNoContent(response, members.end(*actor, *membershipId));
                   }
               });
}

} // namespace fitflow::http
