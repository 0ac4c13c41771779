#include "shared/domain/AuditEvent.h"

#include "shared/codec/JsonReader.h"
#include "shared/domain/FieldRules.h"

namespace fitflow {

nlohmann::json AuditEvent::toJson() const
{
    nlohmann::json json = {{"id", id},
                           {"actor_user_id", actorUserId},
                           {"action", enumToName(kActionNames, action)},
                           {"resource", enumToName(kResourceNames, resource)},
                           {"resource_id", resourceId},
                           {"occurred_at", formatUtcInstant(occurredAt)}};
    if (orgId) {
        json["org_id"] = *orgId;
    }
    if (deviceId) {
        json["device_id"] = *deviceId;
    }
    if (previousHash) {
        json["previous_hash"] = *previousHash;
    }
    if (hash) {
        json["hash"] = *hash;
    }
    return json;
}

Result<AuditEvent> AuditEvent::fromJson(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& r) {
        AuditEvent event;
        event.id = r.uuid("id");
        if (r.has("org_id")) {
            event.orgId = r.uuid("org_id");
        }
        event.actorUserId = r.uuid("actor_user_id");
        if (r.has("device_id")) {
            event.deviceId = r.uuid("device_id");
        }
        event.action = r.enumeration("action", kActionNames);
        event.resource = r.enumeration("resource", kResourceNames);
        event.resourceId = r.uuid("resource_id");
        event.occurredAt = r.instant("occurred_at");
        if (r.has("previous_hash")) {
            event.previousHash = r.string("previous_hash", isSha256Hex, "a SHA-256 hex digest");
        }
        if (r.has("hash")) {
            event.hash = r.string("hash", isSha256Hex, "a SHA-256 hex digest");
        }
        return event;
    });
}

} // namespace fitflow
