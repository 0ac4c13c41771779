#pragma once
// Graceful shutdown: SIGTERM and SIGINT are blocked in every thread and received by one
// dedicated thread with sigwait(), which then runs a callback in normal (non-handler) context.
// Construct it before any other thread starts, so all threads inherit the blocked mask.

#include <signal.h>

#include <atomic>
#include <functional>
#include <thread>

namespace fitflow::app {

class ShutdownSignals {
public:
    ShutdownSignals();
    // Calls stopWaiting() and restores the calling thread's previous signal mask.
    ~ShutdownSignals();
    ShutdownSignals(const ShutdownSignals&) = delete;
    ShutdownSignals& operator=(const ShutdownSignals&) = delete;

    // Starts the waiting thread; `callback` runs on it once, with the signal number.
    void onSignal(std::function<void(int signal)> callback);

    // Stops waiting (if no signal came) and joins the waiting thread, so the callback can no
    // longer run. Call it before destroying what the callback touches. Idempotent.
    void stopWaiting();

    bool received() const { return m_received.load(); }

private:
    sigset_t m_previousMask{};
    std::thread m_waiter;
    std::atomic<bool> m_received{false};
    std::atomic<bool> m_closing{false};
};

} // namespace fitflow::app
