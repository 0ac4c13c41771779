#include "server/http/OrgAdminJson.h"

#include "server/http/JsonResponse.h"
#include "server/http/TenantApi.h"
#include "shared/codec/TextFormats.h"

namespace fitflow::http {

namespace {

std::string utc(std::chrono::sys_seconds instant)
{
    return formatUtcInstant(std::chrono::time_point_cast<std::chrono::milliseconds>(instant));
}

} // namespace

nlohmann::json locationJson(const service::LocationRecord& location)
{
    const auto text = [](const std::optional<std::string>& part) {
        return part ? nlohmann::json(*part) : nlohmann::json(nullptr);
    };
    return {{"id", location.id},
            {"name", location.name},
            {"province", location.province},
            {"time_zone", location.timeZone},
            {"street", text(location.address.street)},
            {"city", text(location.address.city)},
            {"postal_code", text(location.address.postalCode)}};
}

nlohmann::json memberJson(const service::MemberRecord& member)
{
    return {{"id", member.id},
            {"user_id", member.userId},
            {"email", member.email},
            {"display_name", member.displayName},
            {"role", member.role},
            {"location_ids", member.locationIds},
            {"team_lead_user_id", member.teamLeadUserId ? nlohmann::json(*member.teamLeadUserId)
                                                        : nlohmann::json(nullptr)}};
}

nlohmann::json invitationJson(const service::InvitationRecord& invitation)
{
    return {{"id", invitation.id},
            {"email", invitation.email},
            {"role", invitation.role},
            {"location_ids", invitation.locationIds},
            {"created_at", utc(invitation.createdAt)},
            {"expires_at", utc(invitation.expiresAt)}};
}

void writeNoContent(httplib::Response& response, const Status& status)
{
    if (!status) {
        writeError(response, status.error());
        return;
    }
    response.status = 204;
}

std::optional<std::string> uuidCapture(const httplib::Request& request, httplib::Response& response,
                                       std::size_t index)
{
    std::string text = request.matches.size() > index ? request.matches[index].str() : "";
    if (!isUuidText(text)) {
        writeError(response, makeError("not_found", "no such resource"));
        return std::nullopt;
    }
    return text;
}

} // namespace fitflow::http
