#include "server/http/InvitationRoutes.h"

#include "server/http/BearerAuth.h"
#include "server/http/OrgAdminJson.h"

namespace fitflow::http {

namespace {

constexpr std::size_t kMaxSecretBytes = 1024;

std::chrono::sys_seconds now()
{
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

nlohmann::json invitationListJson(const std::vector<service::InvitationRecord>& invitations)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& invitation : invitations) {
        list.push_back(invitationJson(invitation));
    }
    return {{"invitations", std::move(list)}};
}

nlohmann::json issuedJson(const service::IssuedInvitation& issued)
{
    nlohmann::json body = invitationJson(issued.record);
    body["token"] = issued.token;
    return body;
}

nlohmann::json acceptedJson(const service::AcceptedInvitation& accepted)
{
    return {{"organization_id", accepted.orgId},
            {"membership_id", accepted.membershipId},
            {"user_id", accepted.userId},
            {"role", accepted.role}};
}

std::string secret(JsonReader& r, std::string_view key)
{
    return r.string(
        key,
        [](std::string_view value) { return !value.empty() && value.size() <= kMaxSecretBytes; },
        "a non-empty string of at most 1024 bytes");
}

Result<service::InvitationDraft> readDraft(const httplib::Request& request)
{
    return readBody(request, [](JsonReader& r) {
        service::InvitationDraft draft;
        draft.email = r.label("email", 320);
        draft.role = r.string("role");
        if (r.has("location_ids")) {
            draft.locationIds = r.uuidArray("location_ids");
        }
        return draft;
    });
}

Result<service::AcceptRequest> readAccept(const httplib::Request& request)
{
    return readBody(request, [](JsonReader& r) {
        service::AcceptRequest accept;
        accept.token = secret(r, "token");
        if (r.has("password")) {
            accept.password = secret(r, "password");
        }
        if (r.has("display_name")) {
            accept.displayName = r.label("display_name", kMaxNameBytes);
        }
        return accept;
    });
}

} // namespace

void addInvitationRoutes(RouteTable& routes, const TenantApi& api,
                         service::InvitationService& invitations)
{
    routes.post(orgRoute("/invitations"), [api, &invitations](const httplib::Request& request,
                                                              httplib::Response& response) {
        const auto actor =
            requireActor(request, response, api, Action::Invite, Resource::Membership);
        if (!actor) {
            return;
        }
        const auto draft = readDraft(request);
        if (!draft) {
            writeError(response, draft.error());
            return;
        }
        response.set_header("Cache-Control", "no-store");
        writeResult(response, 201, invitations.invite(*actor, *draft, now()), issuedJson);
    });
    routes.get(orgRoute("/invitations"), [api, &invitations](const httplib::Request& request,
                                                             httplib::Response& response) {
        const auto actor =
            requireActor(request, response, api, Action::Invite, Resource::Membership);
        if (actor) {
            writeResult(response, 200, invitations.listPending(*actor), invitationListJson);
        }
    });
    routes.del(orgRoute("/invitations/([^/]+)"),
               [api, &invitations](const httplib::Request& request, httplib::Response& response) {
                   const auto actor =
                       requireActor(request, response, api, Action::Invite, Resource::Membership);
                   if (!actor) {
                       return;
                   }
                   if (const auto invitationId = uuidCapture(request, response, 2); invitationId) {
                       writeNoContent(response, invitations.revoke(*actor, *invitationId));
                   }
               });
    routes.post("/api/v1/invitations/accept",
                [api, &invitations](const httplib::Request& request, httplib::Response& response) {
                    std::optional<std::string> bearerUserId;
                    if (request.has_header("Authorization")) {
                        const auto bearer = requireBearer(request, response, api.auth, api.perUser);
                        if (!bearer) {
                            return;
                        }
                        bearerUserId = bearer->subject;
                    }
                    auto accept = readAccept(request);
                    if (!accept) {
                        writeError(response, accept.error());
                        return;
                    }
                    accept->bearerUserId = bearerUserId;
                    writeResult(response, 200, invitations.accept(*accept), acceptedJson);
                });
}

} // namespace fitflow::http
