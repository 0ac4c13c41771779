#pragma once
// PUT and DELETE /api/v1/orgs/{org_id}/clients/{client_id}/trainers/{user_id}: assign a client
// to a trainer, and end that assignment. Both answer 204.

#include "server/http/RouteTable.h"
#include "server/http/TenantApi.h"
#include "server/service/orgadmin/ClientAssignmentService.h"

namespace fitflow::http {

// `api` and `assignments` must outlive the server.
void addClientAssignmentRoutes(RouteTable& routes, const TenantApi& api,
                               service::ClientAssignmentService& assignments);

} // namespace fitflow::http
