#pragma once
// Who acts on an organization's data in one request: the authenticated user, the organization
// named in the URL, the membership role chosen for this action, the locations that membership is
// limited to, and the device the token was issued to. Every tenant use case takes one; storage
// turns it into the row-level security context of its transaction (fitflow.org_id, user_id,
// role), so the database checks again what the service decided.

#include "shared/permissions/Role.h"

#include <optional>
#include <string>
#include <vector>

namespace fitflow::service {

struct Actor {
    std::string userId;
    std::string orgId;
    Role role = Role::Client;
    std::vector<std::string> locationIds; // empty: the membership covers the whole organization
    std::optional<std::string> deviceId;
};

} // namespace fitflow::service
