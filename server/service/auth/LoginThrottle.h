#pragma once
// Login throttling as a pure policy (ASVS 2.2.1): given the recent failed attempts for an account
// and for a client IP, when may the next attempt run, and is the account or IP locked out? The
// caller stores the failure times; this decides. Immutable; thread-safe.

#include <chrono>
#include <optional>
#include <span>

namespace fitflow::auth {

struct ThrottleLimits {
    std::chrono::seconds window{15 * 60}; // failures older than this are forgotten
    int freeFailures = 3;                 // failures before any delay
    std::chrono::seconds firstDelay{1};   // doubles with each further failure...
    std::chrono::seconds maxDelay{60};    // ...up to this
    int lockoutFailures = 10;             // this many failures in the window lock out (0: never)
    std::chrono::seconds lockoutDuration{15 * 60};
};

struct LoginThrottleSettings {
    ThrottleLimits perAccount{};
    // An IP may front many users (an office NAT), so it gets more room before it is locked.
    ThrottleLimits perIp{std::chrono::seconds{15 * 60}, 10, std::chrono::seconds{1},
                         std::chrono::seconds{30},      50, std::chrono::seconds{15 * 60}};
};

struct ThrottleDecision {
    // How long the caller must wait from `now` before trying the password (0 = now).
    std::chrono::seconds delay{0};
    // Set when locked out: no attempt is checked before this instant (log and audit it).
    std::optional<std::chrono::sys_seconds> lockedUntil;

    bool allowedNow() const { return delay == std::chrono::seconds::zero() && !lockedUntil; }
};

class LoginThrottle {
public:
    explicit LoginThrottle(LoginThrottleSettings settings = {});

    // `failures`: instants of failed attempts, in any order; ones outside the window are ignored.
    ThrottleDecision evaluate(std::span<const std::chrono::sys_seconds> accountFailures,
                              std::span<const std::chrono::sys_seconds> ipFailures,
                              std::chrono::sys_seconds now) const;

    // One key's decision (exposed for callers that track a single key, and for tests).
    static ThrottleDecision evaluateOne(const ThrottleLimits& limits,
                                        std::span<const std::chrono::sys_seconds> failures,
                                        std::chrono::sys_seconds now);

private:
    LoginThrottleSettings m_settings;
};

} // namespace fitflow::auth
