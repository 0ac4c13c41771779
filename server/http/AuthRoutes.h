#pragma once
// The authentication API: GET /.well-known/jwks.json, POST /api/v1/auth/{login,refresh,logout}
// and GET /api/v1/me (Bearer access token: the user, memberships and own tax registrations).
// Bodies are strict JSON: unknown fields, wrong types and invalid UTF-8 are 400 with the field's
// path.

#include "server/http/RateLimiter.h"
#include "server/http/RouteTable.h"
#include "server/service/AuthService.h"
#include "server/service/auth/SigningKeyRing.h"

namespace fitflow::http {

// `auth` and `keys` must outlive the server.
// `perUser` limits each authenticated user's requests (FITFLOW_RATE_LIMIT_PER_USER): a stolen
// or runaway token cannot use the whole per-IP allowance of a shared office address.
void addAuthRoutes(RouteTable& routes, service::AuthService& auth, const auth::SigningKeyRing& keys,
                   RateLimiter& perUser);

} // namespace fitflow::http
