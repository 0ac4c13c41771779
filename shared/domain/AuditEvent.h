#pragma once
// Who did what to which record, when, from which device (design §2). Ids only: an audit trail
// is read by operators, so it must never carry client data. There is no free-text field, and
// the strict codec rejects any extra one. The server fills the hash chain when appending.

#include "shared/codec/TextFormats.h"
#include "shared/core/Result.h"
#include "shared/permissions/Action.h"
#include "shared/permissions/Resource.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace fitflow {

struct AuditEvent {
    std::string id;
    std::optional<std::string> orgId; // absent for platform events (organization created)
    std::string actorUserId;
    std::optional<std::string> deviceId;
    Action action = Action::Read;
    Resource resource = Resource::Organization;
    std::string resourceId;
    Instant occurredAt{};
    std::optional<std::string> previousHash; // SHA-256 hex of the previous event in the chain
    std::optional<std::string> hash;         // SHA-256 hex of this event, set by the server

    nlohmann::json toJson() const;
    static Result<AuditEvent> fromJson(const nlohmann::json& json);

    friend bool operator==(const AuditEvent&, const AuditEvent&) = default;
};

} // namespace fitflow
