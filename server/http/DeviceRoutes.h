#pragma once
// Devices (Bearer): GET /api/v1/devices and POST /api/v1/devices/{id}/revoke for the caller's
// own; GET /api/v1/orgs/{org_id}/devices and POST /api/v1/orgs/{org_id}/devices/{id}/revoke for
// an owner (the permission matrix's Device rules). Revoking kills the device's tokens at once.

#include "server/http/RouteTable.h"
#include "server/http/TenantApi.h"
#include "server/service/DeviceService.h"

namespace fitflow::http {

// `devices` and what `api` refers to must outlive the server (`api` itself is copied).
void addDeviceRoutes(RouteTable& routes, const TenantApi& api, service::DeviceService& devices);

} // namespace fitflow::http
