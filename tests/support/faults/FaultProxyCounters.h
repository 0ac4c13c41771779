#pragma once
// What a FaultProxy has done so far: a plain snapshot for tests, and the atomic tally the
// proxy thread updates (read from any thread). Bytes are counted just after each write, so a
// client may have read them a moment before they show up here.

#include <atomic>
#include <cstdint>

namespace fitflow::test {

struct FaultProxyCounters {
    std::uint64_t connectionsAccepted = 0;
    std::uint64_t bytesClientToServer = 0; // written to the target
    std::uint64_t bytesServerToClient = 0; // written to the client
    std::uint64_t faultsInjected = 0;      // faults that actually happened, not just planned
};

struct LiveFaultProxyCounters {
    std::atomic<std::uint64_t> connectionsAccepted{0};
    std::atomic<std::uint64_t> bytesClientToServer{0};
    std::atomic<std::uint64_t> bytesServerToClient{0};
    std::atomic<std::uint64_t> faultsInjected{0};

    FaultProxyCounters snapshot() const
    {
        return {connectionsAccepted.load(), bytesClientToServer.load(), bytesServerToClient.load(),
                faultsInjected.load()};
    }
};

} // namespace fitflow::test
