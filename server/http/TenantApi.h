#pragma once
// The start of every /api/v1/orgs/{org_id}/... handler: who is calling (bearer token), and as
// which of their roles in the organization named by the route's first capture. A caller who is
// not a member gets the same 404 as for an organization that does not exist, so ids of other
// tenants reveal nothing.

#include "server/http/RateLimiter.h"
#include "server/service/AuthService.h"
#include "server/service/tenancy/TenantAccess.h"

#include <httplib.h>

#include <optional>
#include <string>

namespace fitflow::http {

// The collaborators tenant routes share; all must outlive the server.
struct TenantApi {
    service::AuthService& auth;
    service::TenantAccess& access;
    RateLimiter& perUser;
};

// Route pattern for `suffix` under an organization, e.g. orgRoute("/locations") matches
// /api/v1/orgs/<anything without a slash>/locations with the org id as capture 1.
std::string orgRoute(const std::string& suffix);

// True for a canonical lower-case uuid text (8-4-4-4-12 hex digits).
bool isUuidText(const std::string& text);

// Authenticates and resolves the actor for `action` on `resource`; on failure writes the
// answer (401, 404, 403, 429) and returns nothing.
std::optional<service::Actor> requireActor(const httplib::Request& request,
                                           httplib::Response& response, const TenantApi& api,
                                           Action action, Resource resource);

} // namespace fitflow::http
