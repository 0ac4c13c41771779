#include "shared/domain/Membership.h"

#include "shared/codec/JsonReader.h"

namespace fitflow {

nlohmann::json Membership::toJson() const
{
    nlohmann::json json = {{"id", id},
                           {"user_id", userId},
                           {"org_id", orgId},
                           {"role", enumToName(kRoleNames, role)},
                           {"location_ids", locationIds}};
    if (teamAdminUserId) {
        json["team_admin_user_id"] = *teamAdminUserId;
    }
    if (clientId) {
        json["client_id"] = *clientId;
    }
    return json;
}

Result<Membership> Membership::fromJson(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& r) {
        Membership membership;
        membership.id = r.uuid("id");
        membership.userId = r.uuid("user_id");
        membership.orgId = r.uuid("org_id");
        membership.role = r.enumeration("role", kRoleNames);
        membership.locationIds = r.uuidArray("location_ids");
        if (r.has("team_admin_user_id")) {
            membership.teamAdminUserId = r.uuid("team_admin_user_id");
        }
        if (r.has("client_id")) {
            membership.clientId = r.uuid("client_id");
        }
        if (!r.ok()) {
            return membership;
        }
        if (membership.role == Role::Manager && membership.locationIds.empty()) {
            r.fail("invalid_value", "a manager manages at least one location", "location_ids");
        } else if (membership.teamAdminUserId && membership.role != Role::Trainer) {
            r.fail("invalid_value", "only trainers belong to a team", "team_admin_user_id");
        } else if (membership.role == Role::Client && !membership.clientId) {
            r.fail("missing_field", "a client membership names its client record", "client_id");
        } else if (membership.role != Role::Client && membership.clientId) {
            r.fail("invalid_value", "only client memberships name a client record", "client_id");
        }
        return membership;
    });
}

} // namespace fitflow
