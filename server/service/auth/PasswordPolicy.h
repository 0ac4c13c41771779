#pragma once
// What a new password must satisfy (ASVS 4.0.3 2.1.1, 2.1.2, 2.1.7, 2.1.9): a length in Unicode
// code points between the limits and not on the common-password list. No composition rules.
// Immutable after construction; thread-safe.

#include "shared/core/Result.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace fitflow::auth {

struct PasswordPolicyLimits {
    std::size_t minCodePoints = 12;
    std::size_t maxCodePoints = 256; // Argon2id hashes any length; this bounds the work per login
};

class PasswordPolicy {
public:
    // Uses the bundled list (bundledCommonPasswords()).
    explicit PasswordPolicy(PasswordPolicyLimits limits = {});
    // `commonPasswords`: one password a line; compared case-insensitively.
    PasswordPolicy(PasswordPolicyLimits limits, std::string_view commonPasswords);

    // Errors: `password_invalid_utf8`, `password_too_short`, `password_too_long`,
    // `password_too_common`.
    Status check(std::string_view password) const;

    std::size_t commonPasswordCount() const { return m_common.size(); }

private:
    PasswordPolicyLimits m_limits;
    std::unordered_set<std::string> m_common;
};

// The number of code points in `text`, or nothing when it is not valid UTF-8 (overlong forms,
// surrogates and values past U+10FFFF are invalid).
std::optional<std::size_t> countCodePoints(std::string_view text);

} // namespace fitflow::auth
