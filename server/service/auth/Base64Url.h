#pragma once
// base64url without padding (RFC 4648 §5), the alphabet of JWS segments, JWKs and opaque tokens.
// Decoding is strict: padding, whitespace or a non-canonical final character are refused.

#include "shared/core/Result.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace fitflow::auth {

std::string encodeBase64Url(std::span<const unsigned char> bytes);
std::string encodeBase64Url(std::string_view text);

// Errors: `invalid_base64url`.
Result<std::vector<unsigned char>> decodeBase64Url(std::string_view text);

} // namespace fitflow::auth
