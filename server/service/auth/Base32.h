#pragma once
// RFC 4648 base32 (upper-case alphabet A-Z2-7), the format authenticator apps expect for TOTP
// secrets. Encoding omits padding, as otpauth:// URIs do; decoding accepts either case, optional
// trailing '=' padding and spaces (users retype secrets in groups), and nothing else.

#include "shared/core/Result.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace fitflow::auth {

std::string encodeBase32(std::span<const unsigned char> bytes);

// Errors: `invalid_base32` (a character outside the alphabet or an impossible length).
Result<std::vector<unsigned char>> decodeBase32(std::string_view text);

} // namespace fitflow::auth
