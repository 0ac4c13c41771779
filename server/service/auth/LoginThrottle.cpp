#include "server/service/auth/LoginThrottle.h"

#include <algorithm>
#include <vector>

namespace fitflow::auth {
namespace {

std::chrono::seconds backoff(const ThrottleLimits& limits, int failures)
{
    if (failures < limits.freeFailures) {
        return std::chrono::seconds::zero();
    }
    std::chrono::seconds delay = limits.firstDelay;
    for (int extra = failures - limits.freeFailures; extra > 0 && delay < limits.maxDelay;
         --extra) {
        delay *= 2;
    }
    return std::min(delay, limits.maxDelay);
}

} // namespace

LoginThrottle::LoginThrottle(LoginThrottleSettings settings)
    : m_settings(settings)
{
}

ThrottleDecision LoginThrottle::evaluateOne(const ThrottleLimits& limits,
                                            std::span<const std::chrono::sys_seconds> failures,
                                            std::chrono::sys_seconds now)
{
    std::vector<std::chrono::sys_seconds> recent;
    for (const auto failure : failures) {
        // A failure stamped slightly after `now` (the database's clock, or another server
        // instance's, or sub-second rounding) still counts: it is taken as happening now.
        if (failure > now - limits.window) {
            recent.push_back(std::min(failure, now));
        }
    }
    std::ranges::sort(recent);
    ThrottleDecision decision;
    const int count = static_cast<int>(recent.size());
    if (count == 0) {
        return decision;
    }
    if (limits.lockoutFailures > 0 && count >= limits.lockoutFailures) {
        // Locked from the failure that reached the threshold, so further failures made while
        // locked (which the caller should not even check) do not extend it without bound.
        const auto lockedFrom = recent[static_cast<std::size_t>(limits.lockoutFailures - 1)];
        const auto until = lockedFrom + limits.lockoutDuration;
        if (until > now) {
            decision.lockedUntil = until;
            decision.delay = until - now;
            return decision;
        }
    }
    const auto nextAttempt = recent.back() + backoff(limits, count);
    decision.delay = std::max(std::chrono::seconds::zero(), nextAttempt - now);
    return decision;
}

ThrottleDecision LoginThrottle::evaluate(std::span<const std::chrono::sys_seconds> accountFailures,
                                         std::span<const std::chrono::sys_seconds> ipFailures,
                                         std::chrono::sys_seconds now) const
{
    const auto account = evaluateOne(m_settings.perAccount, accountFailures, now);
    const auto ip = evaluateOne(m_settings.perIp, ipFailures, now);
    ThrottleDecision decision;
    decision.delay = std::max(account.delay, ip.delay);
    if (account.lockedUntil && ip.lockedUntil) {
        decision.lockedUntil = std::max(*account.lockedUntil, *ip.lockedUntil);
    } else {
        decision.lockedUntil = account.lockedUntil ? account.lockedUntil : ip.lockedUntil;
    }
    return decision;
}

} // namespace fitflow::auth
