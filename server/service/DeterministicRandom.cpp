#include "server/service/DeterministicRandom.h"

namespace fitflow::service {

DeterministicRandom::DeterministicRandom(std::uint64_t seed)
    : m_state(seed)
{
}

std::uint64_t DeterministicRandom::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t DeterministicRandom::below(std::uint64_t bound)
{
    return next() % bound;
}

bool DeterministicRandom::chance(unsigned percent)
{
    return below(100) < percent;
}

} // namespace fitflow::service
