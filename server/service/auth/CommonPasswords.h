#pragma once
// The common-password list (resources/security/common-passwords.txt: one lower-case password a
// line), compiled into the server at build time so the policy needs no file at run time.

#include <string_view>

namespace fitflow::auth {

std::string_view bundledCommonPasswords();

} // namespace fitflow::auth
