#include "desktop/sync/RetryPolicy.h"

#include <algorithm>
#include <random>
#include <string>

namespace fitflow::desktop {

RetryPolicy::RetryPolicy(std::chrono::milliseconds base, std::chrono::milliseconds cap,
                         std::function<double()> random)
    : m_base(base)
    , m_cap(cap)
    , m_random(std::move(random))
{
    if (!m_random) {
        m_random = [] {
            thread_local std::mt19937_64 engine{std::random_device{}()};
            return std::uniform_real_distribution<double>(0.0, 1.0)(engine);
        };
    }
}

std::chrono::milliseconds RetryPolicy::delay(int attempt,
                                             std::optional<std::chrono::seconds> retryAfter) const
{
    const int doublings = std::clamp(attempt, 0, 20);
    const auto ceiling = std::min(m_cap, m_base * (std::int64_t{1} << doublings));
    // Full jitter: devices that failed together do not retry together.
    const auto jittered = std::chrono::milliseconds{
        static_cast<std::int64_t>(static_cast<double>(ceiling.count()) * m_random())};
    const auto floor =
        retryAfter ? std::chrono::milliseconds(*retryAfter) : std::chrono::milliseconds{0};
    return std::max(jittered, floor);
}

bool isTransientSyncError(const std::string& code)
{
    return code == "network_error" || code == "server_unavailable" || code == "rate_limited";
}

} // namespace fitflow::desktop
