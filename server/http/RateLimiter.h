#pragma once
// Token buckets keyed by client IP or user id: `ratePerSecond` tokens refill each second up to
// `burst`. Memory is bounded: a bucket that has refilled completely is forgotten (it is the
// same as a new one), and past `maxKeys` the least recently seen key is evicted.

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

namespace fitflow::http {

struct RateLimitSettings {
    std::uint32_t ratePerSecond = 20; // 0 disables the limiter
    std::uint32_t burst = 40;
    std::size_t maxKeys = 10000;
};

struct RateDecision {
    bool allowed = true;
    std::chrono::seconds retryAfter{0}; // whole seconds until one token is back (>= 1 if denied)
};

class RateLimiter {
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    explicit RateLimiter(RateLimitSettings settings, Clock clock = &std::chrono::steady_clock::now);

    // Takes one token for `key`. Thread-safe.
    RateDecision take(const std::string& key);

    std::size_t trackedKeys() const;

private:
    struct Bucket {
        std::int64_t microTokens; // tokens * 1e6, so refill stays in integers
        std::chrono::steady_clock::time_point lastSeen;
    };

    void refill(Bucket& bucket, std::chrono::steady_clock::time_point now) const;
    void makeRoomFor(std::chrono::steady_clock::time_point now);

    RateLimitSettings m_settings;
    Clock m_clock;
    mutable std::mutex m_mutex;
    std::unordered_map<std::string, Bucket> m_buckets;
};

} // namespace fitflow::http
