#include "server/http/RateLimiter.h"

#include <algorithm>

namespace fitflow::http {

namespace {

constexpr std::int64_t kMicro = 1'000'000;

} // namespace

RateLimiter::RateLimiter(RateLimitSettings settings, Clock clock)
    : m_settings(settings)
    , m_clock(std::move(clock))
{
    m_settings.burst = std::max<std::uint32_t>(m_settings.burst, 1);
    m_settings.maxKeys = std::max<std::size_t>(m_settings.maxKeys, 1);
}

void RateLimiter::refill(Bucket& bucket, std::chrono::steady_clock::time_point now) const
{
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::microseconds>(now - bucket.lastSeen).count();
    const std::int64_t capacity = std::int64_t{m_settings.burst} * kMicro;
    if (elapsed > 0) {
        // Cap elapsed at the time to refill completely, so rate * elapsed cannot overflow.
        const std::int64_t fullAfterMicros =
            (std::int64_t{m_settings.burst} / m_settings.ratePerSecond + 1) * kMicro;
        const std::int64_t gained =
            std::min<std::int64_t>(elapsed, fullAfterMicros) * m_settings.ratePerSecond;
        bucket.microTokens = std::min(capacity, bucket.microTokens + gained);
        bucket.lastSeen = now;
    }
}

void RateLimiter::makeRoomFor(std::chrono::steady_clock::time_point now)
{
    const std::int64_t capacity = std::int64_t{m_settings.burst} * kMicro;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        refill(it->second, now);
        it = it->second.microTokens >= capacity ? m_buckets.erase(it) : std::next(it);
    }
    if (m_buckets.size() < m_settings.maxKeys) {
        return;
    }
    const auto oldest =
        std::min_element(m_buckets.begin(), m_buckets.end(), [](const auto& a, const auto& b) {
            return a.second.lastSeen < b.second.lastSeen;
        });
    m_buckets.erase(oldest);
}

RateDecision RateLimiter::take(const std::string& key)
{
    if (m_settings.ratePerSecond == 0) {
        return {};
    }
    const auto now = m_clock();
    const std::lock_guard lock(m_mutex);
    auto found = m_buckets.find(key);
    if (found == m_buckets.end()) {
        if (m_buckets.size() >= m_settings.maxKeys) {
            makeRoomFor(now);
        }
        found = m_buckets.emplace(key, Bucket{std::int64_t{m_settings.burst} * kMicro, now}).first;
    } else {
        refill(found->second, now);
    }
    Bucket& bucket = found->second;
    if (bucket.microTokens >= kMicro) {
        bucket.microTokens -= kMicro;
        return {};
    }
    const std::int64_t missing = kMicro - bucket.microTokens;
    const std::int64_t rate = m_settings.ratePerSecond;
    const std::int64_t seconds =
        std::max<std::int64_t>(1, (missing + rate * kMicro - 1) / (rate * kMicro));
    return {false, std::chrono::seconds(seconds)};
}

std::size_t RateLimiter::trackedKeys() const
{
    const std::lock_guard lock(m_mutex);
    return m_buckets.size();
}

} // namespace fitflow::http
