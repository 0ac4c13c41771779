#include "tests/bench/sync/ProcessMemory.h"

#include <fstream>
#include <sstream>
#include <string>

namespace fitflow::bench {

MemorySample sampleProcessMemory()
{
    MemorySample sample;
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        std::istringstream fields(line);
        std::string name;
        std::int64_t kib = -1;
        fields >> name >> kib;
        if (name == "VmRSS:") {
            sample.residentKib = kib;
        } else if (name == "VmHWM:") {
            sample.peakKib = kib;
        }
    }
    return sample;
}

bool resetPeakResident()
{
    std::ofstream clearRefs("/proc/self/clear_refs");
    clearRefs << "5\n";
    clearRefs.flush();
    return static_cast<bool>(clearRefs);
}

} // namespace fitflow::bench
