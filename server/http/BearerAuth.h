#pragma once
// The check every authenticated endpoint starts with: a valid `Authorization: Bearer` access
// token whose device is not revoked, then the per-user rate limit. On failure the answer (401
// with WWW-Authenticate, or 429 with Retry-After) is already written.

#include "server/http/RateLimiter.h"
#include "server/service/AuthService.h"

#include <httplib.h>

#include <optional>

namespace fitflow::http {

std::optional<auth::AccessTokenClaims> requireBearer(const httplib::Request& request,
                                                     httplib::Response& response,
                                                     service::AuthService& auth,
                                                     RateLimiter& perUser);

} // namespace fitflow::http
