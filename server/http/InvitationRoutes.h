#pragma once
// POST/GET /api/v1/orgs/{org_id}/invitations, DELETE .../invitations/{id}, and
// POST /api/v1/invitations/accept (no organization yet: the token names it).

#include "server/http/RouteTable.h"
#include "server/http/TenantApi.h"
#include "server/service/orgadmin/InvitationService.h"

namespace fitflow::http {

// `api` and `invitations` must outlive the server.
void addInvitationRoutes(RouteTable& routes, const TenantApi& api,
                         service::InvitationService& invitations);

} // namespace fitflow::http
