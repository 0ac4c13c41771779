#pragma once
// How long to wait before retrying a sync that failed for a transient reason (network error,
// 503): exponential backoff with full jitter, capped, and never shorter than the server's
// Retry-After. Used by the CLI's bounded retries and by the desktop's background timer.

#include <chrono>
#include <functional>
#include <optional>

namespace fitflow::desktop {

class RetryPolicy {
public:
    static constexpr std::chrono::milliseconds kDefaultBase{500};
    static constexpr std::chrono::milliseconds kDefaultCap{30'000};

    // `random` returns a value in [0, 1); defaults to a per-process PRNG.
    explicit RetryPolicy(std::chrono::milliseconds base = kDefaultBase,
                         std::chrono::milliseconds cap = kDefaultCap,
                         std::function<double()> random = {});

    // Delay before retry number `attempt` (0 = first retry).
    std::chrono::milliseconds delay(int attempt,
                                    std::optional<std::chrono::seconds> retryAfter = {}) const;

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    std::function<double()> m_random;
};

// Transient failures worth retrying: "network_error", "server_unavailable", "rate_limited".
bool isTransientSyncError(const std::string& code);

} // namespace fitflow::desktop
