#pragma once

#include "tests/support/faults/ExchangeTracker.h"
#include "tests/support/faults/FaultPlan.h"
#include "tests/support/faults/FaultProxyCounters.h"
#include "tests/support/faults/SocketHandle.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <poll.h>
#include <string>
#include <string_view>

namespace fitflow::test {

// One accepted client connection and its connection to the target, applying one FaultPlan.
// Driven by FaultProxy's poll loop on the proxy thread only; not thread-safe.
class ProxyConnection {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::size_t kMaxBufferedBytes = 1 << 20; // per direction, then stop reading

    // `server` is not open for plans that never reach the target (blackhole).
    ProxyConnection(SocketHandle client, SocketHandle server, const FaultPlan& plan,
                    LiveFaultProxyCounters& counters);

    // Fills the poll entries this connection wants (fd -1 when it wants nothing from one side).
    void preparePoll(pollfd& client, pollfd& server) const;
    // Reads, writes and runs expired timers; call after every poll() with what it reported.
    void handleEvents(short clientEvents, short serverEvents, Clock::time_point now);
    // The next moment handleEvents() must run even without socket events.
    std::optional<Clock::time_point> nextDeadline() const;
    bool finished() const { return m_finished; }
    // RSTs both sides now (a peer failed, or a test simulates a network failure).
    void resetBothSides();

private:
    enum class Ending { None, CloseClientAfterFlush, ResetAfterFlush };

    bool wantsClientRead() const;
    bool wantsServerRead() const;
    void readClient(Clock::time_point now);
    void readServer(Clock::time_point now);
    void takeServerBytes(std::string_view chunk, Clock::time_point now);
    void injectFault(std::string_view response, Clock::time_point now);
    void deliverToClient(std::string_view bytes);
    void runTimers(Clock::time_point now);
    void flush(SocketHandle& socket, std::string& buffer, std::atomic<std::uint64_t>& tally);
    void settle();

    SocketHandle m_client;
    SocketHandle m_server;
    FaultPlan m_plan;
    LiveFaultProxyCounters& m_counters;
    std::optional<ExchangeTracker> m_tracker;

    std::string m_toServer;
    std::string m_toClient;
    std::string m_stalled; // response bytes held back by a stall
    std::optional<Clock::time_point> m_stallUntil;
    std::optional<std::size_t> m_resetBudget; // response bytes still let through before the RST
    bool m_faultInjected = false;
    Ending m_ending = Ending::None;

    bool m_clientEof = false;
    bool m_serverEof = false;
    bool m_clientWriteShut = false;
    bool m_serverWriteShut = false;
    bool m_finished = false;
};

} // namespace fitflow::test
