#pragma once
// TOTP two-factor enrolment for the signed-in user (Bearer): POST /api/v1/auth/mfa/enrol,
// /confirm {"totp_code"} and /disable {"password","totp_code"}. Bodies are strict JSON.

#include "server/http/RateLimiter.h"
#include "server/http/RouteTable.h"
#include "server/service/AuthService.h"
#include "server/service/MfaService.h"

namespace fitflow::http {

// `auth`, `mfa` and `perUser` must outlive the server.
void addMfaRoutes(RouteTable& routes, service::AuthService& auth, service::MfaService& mfa,
                  RateLimiter& perUser);

} // namespace fitflow::http
