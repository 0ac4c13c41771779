#pragma once
// The benchmark process's own memory from /proc/self/status: resident set now (VmRSS) and its
// peak (VmHWM). The peak can be reset (clear_refs 5), so a phase's growth is measured from the
// RSS at its start rather than from whatever opening the store (Argon2id, 64 MiB) used before.

#include <cstdint>

namespace fitflow::bench {

struct MemorySample {
    std::int64_t residentKib = -1; // VmRSS, -1 when unreadable
    std::int64_t peakKib = -1;     // VmHWM, -1 when unreadable
};

MemorySample sampleProcessMemory();

// Makes VmHWM start again from the current RSS. Returns false when the kernel refused.
bool resetPeakResident();

} // namespace fitflow::bench
