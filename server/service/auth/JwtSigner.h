#pragma once
// Issues access tokens as compact JWS (RFC 7515) signed with Ed25519 ("alg":"EdDSA", RFC 8037),
// with the signing key's kid in the header so verifiers can pick the key after a rotation.

#include "server/service/auth/AccessTokenClaims.h"
#include "server/service/auth/SigningKey.h"
#include "shared/core/Result.h"

#include <string>

namespace fitflow::auth {

// Errors: `invalid_argument` (an empty iss, aud, sub or jti, or a lifetime that is not
// positive or exceeds kMaxAccessTokenLifetime).
Result<std::string> signAccessToken(const SigningKey& key, const AccessTokenClaims& claims);

// A fresh jti: 128 random bits, base64url.
std::string newJwtId();

} // namespace fitflow::auth
