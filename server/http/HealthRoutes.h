#pragma once
// GET /healthz (the process is alive) and GET /readyz (it can serve: the database answers).

#include "server/http/RouteTable.h"
#include "server/service/ReadinessService.h"

namespace fitflow::http {

// `readiness` must outlive the server.
void addHealthRoutes(RouteTable& routes, service::ReadinessService& readiness);

} // namespace fitflow::http
