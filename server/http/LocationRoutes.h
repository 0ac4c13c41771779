#pragma once
// GET/POST /api/v1/orgs/{org_id}/locations and PATCH .../locations/{location_id}.

#include "server/http/RouteTable.h"
#include "server/http/TenantApi.h"
#include "server/service/orgadmin/LocationService.h"

namespace fitflow::http {

// `api` and `locations` must outlive the server.
void addLocationRoutes(RouteTable& routes, const TenantApi& api,
                       service::LocationService& locations);

} // namespace fitflow::http
