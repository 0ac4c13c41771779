#pragma once
// A user's role in one organization (design §2-3). Managers are limited to some locations;
// trainers may belong to a trainer admin's team; client memberships link a portal login to the
// client record it may see.

#include "shared/core/Result.h"
#include "shared/permissions/Role.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace fitflow {

struct Membership {
    std::string id;
    std::string userId;
    std::string orgId;
    Role role = Role::Trainer;
    std::vector<std::string> locationIds;       // required (non-empty) for managers; empty = all
    std::optional<std::string> teamAdminUserId; // trainers only
    std::optional<std::string> clientId;        // required for, and only for, clients

    nlohmann::json toJson() const;
    static Result<Membership> fromJson(const nlohmann::json& json);

    friend bool operator==(const Membership&, const Membership&) = default;
};

} // namespace fitflow
