#pragma once
// The signed-in user's own account data (Bearer): PATCH /api/v1/me/tax-registrations
// {"gst_hst_number", "qst_number"} sets or clears their own registration numbers as a contractor
// supplier (GET /api/v1/me shows them). Self only: the token's user is the one changed.

#include "server/http/RateLimiter.h"
#include "server/http/RouteTable.h"
#include "server/service/AuthService.h"
#include "server/service/account/UserTaxRegistrationService.h"

namespace fitflow::http {

// `auth`, `perUser` and `registrations` must outlive the server.
void addMeRoutes(RouteTable& routes, service::AuthService& auth, RateLimiter& perUser,
                 service::UserTaxRegistrationService& registrations);

} // namespace fitflow::http
