#pragma once

#include "shared/core/Result.h"
#include "tests/support/faults/FaultPlan.h"
#include "tests/support/faults/FaultProxyCounters.h"
#include "tests/support/faults/SocketHandle.h"

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <netinet/in.h>
#include <string>
#include <thread>
#include <vector>

namespace fitflow::test {

class ProxyConnection;

// A TCP proxy for fault tests: listens on 127.0.0.1 (a free port) and forwards raw bytes to a
// target (TLS passes through untouched), applying a FaultPlan to each accepted connection.
// One background thread does all socket work; every public function is thread-safe.
class FaultProxy {
public:
    // Resolves the target (IPv4) and starts listening; errors: proxy_resolve_failed,
    // proxy_listen_failed.
    static Result<std::unique_ptr<FaultProxy>> start(const std::string& targetHost, int targetPort);
    ~FaultProxy(); // stops the thread and closes every connection
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    int port() const { return m_port; }
    std::string host() const { return "127.0.0.1"; }

    // Every connection accepted from now on gets `plan` (connections already open keep theirs).
    void setFault(const FaultPlan& plan);
    // The next `count` accepted connections get `plan`, later ones pass through (so a client's
    // retry succeeds). Replaces any earlier plan.
    void setFaultForNextConnections(const FaultPlan& plan, int count);
    // The next `skip` accepted connections pass through, the `count` after them get `plan`, later
    // ones pass through again: picks one request of a client that opens a connection per
    // request (e.g. fitflow-cli's push after its token refresh). Replaces any earlier plan.
    void setFaultAfterConnections(const FaultPlan& plan, int skip, int count);
    void passThrough() { setFault(FaultPlan::passThrough()); }

    FaultProxyCounters counters() const { return m_counters.snapshot(); }

    // RSTs both sides of every open connection, like a network failure (each counts as a
    // fault); returns once done. New connections still follow the plan.
    void resetOpenConnections();

private:
    FaultProxy(SocketHandle listener, int port, sockaddr_in target, SocketHandle wakeRead,
               SocketHandle wakeWrite);

    void run();
    void runLoop();
    void wakeLoop() const;
    // Runs on the proxy thread when woken: false when the proxy is stopping.
    bool serveControlRequests(std::vector<std::unique_ptr<ProxyConnection>>& connections);
    void acceptPending(std::vector<std::unique_ptr<ProxyConnection>>& connections);
    SocketHandle connectToTarget() const;
    FaultPlan takePlanForNewConnection();

    SocketHandle m_listener;
    int m_port = 0;
    sockaddr_in m_target{};
    SocketHandle m_wakeRead; // a byte written to m_wakeWrite wakes the poll loop
    SocketHandle m_wakeWrite;
    LiveFaultProxyCounters m_counters;

    std::mutex m_planMutex;
    FaultPlan m_plan;                // guarded by m_planMutex
    int m_planConnectionsLeft = -1;  // -1: every connection; guarded by m_planMutex
    int m_planConnectionsToSkip = 0; // passed through before the plan applies; m_planMutex

    std::mutex m_controlMutex;
    std::condition_variable m_controlDone;
    bool m_stopRequested = false;        // guarded by m_controlMutex
    bool m_loopEnded = false;            // guarded by m_controlMutex
    std::uint64_t m_resetsRequested = 0; // guarded by m_controlMutex
    std::uint64_t m_resetsDone = 0;      // guarded by m_controlMutex

    std::thread m_thread;
};

} // namespace fitflow::test
