#pragma once
// GET endpoints of the client-records API under /api/v1/orgs/{org_id}/: clients, a client's
// notes, notes, sessions, invoices, and the portal's own client record (docs/api.md). The
// handlers parse and answer HTTP only; ClientRecordService decides and audits.

#include "server/http/RouteTable.h"
#include "server/http/TenantApi.h"
#include "server/service/records/ClientRecordService.h"

namespace fitflow::http {

// `records` must outlive the server; `api` is copied (it holds references).
void addClientRecordRoutes(RouteTable& routes, const TenantApi& api,
                           service::ClientRecordService& records);

} // namespace fitflow::http
