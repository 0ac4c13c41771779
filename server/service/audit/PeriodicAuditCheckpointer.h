#pragma once
// Writes an audit checkpoint every `interval` while `serve` runs, from its own thread, and a
// last one when stopped. A tick writes nothing when the chain has not grown since the previous
// checkpoint. Failures go to `onError` and the next tick tries again.

#include "server/service/audit/AuditChainSource.h"
#include "server/service/audit/AuditCheckpointLog.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>

namespace fitflow::audit {

class PeriodicAuditCheckpointer {
public:
    // Starts the thread at once. `source` and `log` must outlive this object and be usable from
    // another thread.
    PeriodicAuditCheckpointer(AuditChainSource& source, AuditCheckpointLog& log,
                              std::chrono::milliseconds interval,
                              std::function<void(const Error&)> onError);
    ~PeriodicAuditCheckpointer(); // stop()
    PeriodicAuditCheckpointer(const PeriodicAuditCheckpointer&) = delete;
    PeriodicAuditCheckpointer& operator=(const PeriodicAuditCheckpointer&) = delete;

    // Wakes the thread, lets it write its last checkpoint and joins it. Idempotent.
    void stop();

private:
    void run();
    void checkpointIfGrown();

    AuditChainSource& m_source;
    AuditCheckpointLog& m_log;
    const std::chrono::milliseconds m_interval;
    const std::function<void(const Error&)> m_onError;
    std::int64_t m_lastWritten = 0;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread; // last: starts after every other member is ready
};

} // namespace fitflow::audit
