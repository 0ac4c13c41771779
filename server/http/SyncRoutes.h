#pragma once
// POST /api/v1/sync/push and POST /api/v1/sync/pull (docs/sync-protocol.md): bearer check,
// body size and JSON, then the sync use cases; every answer is `Cache-Control: no-store`, and a
// transient failure answers 503 with Retry-After.

#include "server/http/RateLimiter.h"
#include "server/http/RouteTable.h"
#include "server/service/AuthService.h"
#include "server/service/sync/SyncPullService.h"
#include "server/service/sync/SyncPushService.h"

namespace fitflow::http {

// Every argument must outlive the server.
void addSyncRoutes(RouteTable& routes, service::AuthService& auth, RateLimiter& perUser,
                   sync::SyncPushService& push, sync::SyncPullService& pull);

} // namespace fitflow::http
