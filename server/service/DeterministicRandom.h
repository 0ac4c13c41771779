#pragma once
// A tiny seeded generator (SplitMix64) whose output is the same on every platform and standard
// library, unlike std::uniform_int_distribution. Used where reproducibility matters (demo data).
// Never for secrets.

#include <cstddef>
#include <cstdint>

namespace fitflow::service {

class DeterministicRandom {
public:
    explicit DeterministicRandom(std::uint64_t seed);

    std::uint64_t next();
    // Uniform-enough integer in [0, bound); bound must be > 0.
    std::uint64_t below(std::uint64_t bound);
    // True with probability percent/100.
    bool chance(unsigned percent);

private:
    std::uint64_t m_state;
};

} // namespace fitflow::service
