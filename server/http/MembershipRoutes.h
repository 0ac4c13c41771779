#pragma once
// GET /api/v1/orgs/{org_id}/members, PATCH and DELETE .../members/{membership_id}.

#include "server/http/RouteTable.h"
#include "server/http/TenantApi.h"
#include "server/service/orgadmin/MemberService.h"

namespace fitflow::http {

// `api` and `members` must outlive the server.
void addMembershipRoutes(RouteTable& routes, const TenantApi& api, service::MemberService& members);

} // namespace fitflow::http
