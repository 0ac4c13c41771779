#include "server/app/ShutdownSignals.h"

#include <pthread.h>

namespace fitflow::app {

namespace {

sigset_t shutdownSignalSet()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    return set;
}

} // namespace

ShutdownSignals::ShutdownSignals()
{
    const sigset_t set = shutdownSignalSet();
    pthread_sigmask(SIG_BLOCK, &set, &m_previousMask);
}

ShutdownSignals::~ShutdownSignals()
{
    stopWaiting();
    pthread_sigmask(SIG_SETMASK, &m_previousMask, nullptr);
}

void ShutdownSignals::stopWaiting()
{
    m_closing = true;
    if (m_waiter.joinable()) {
        if (!m_received) {
            // Not a kill: SIGTERM is blocked in every thread, so this only wakes the waiter's
            // sigwait, which sees m_closing and returns.
            pthread_kill(m_waiter.native_handle(), // NOLINT(bugprone-bad-signal-to-kill-thread)
                         SIGTERM);
        }
        m_waiter.join();
    }
}

void ShutdownSignals::onSignal(std::function<void(int signal)> callback)
{
    m_waiter = std::thread([this, callback = std::move(callback)] {
        const sigset_t set = shutdownSignalSet();
        int signal = 0;
        if (sigwait(&set, &signal) != 0 || m_closing) {
            return;
        }
        m_received = true;
        callback(signal);
    });
}

} // namespace fitflow::app
