#include "server/service/audit/PeriodicAuditCheckpointer.h"

#include "server/service/audit/AuditVerification.h"

namespace fitflow::audit {

PeriodicAuditCheckpointer::PeriodicAuditCheckpointer(AuditChainSource& source,
                                                     AuditCheckpointLog& log,
                                                     std::chrono::milliseconds interval,
                                                     std::function<void(const Error&)> onError)
    : m_source(source)
    , m_log(log)
    , m_interval(interval)
    , m_onError(std::move(onError))
    , m_thread([this] { run(); })
{
}

PeriodicAuditCheckpointer::~PeriodicAuditCheckpointer()
{
    stop();
}

void PeriodicAuditCheckpointer::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void PeriodicAuditCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, m_interval, [this] { return m_stopping; });
        lock.unlock();
        checkpointIfGrown(); // also once after stop(): the final checkpoint
        lock.lock();
    }
}

void PeriodicAuditCheckpointer::checkpointIfGrown()
{
    const auto tip = m_source.tip();
    if (!tip) {
        m_onError(tip.error());
        return;
    }
    if (!*tip || (*tip)->sequence == m_lastWritten) {
        return;
    }
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    if (auto written = m_log.append(AuditCheckpoint{now, (*tip)->sequence, (*tip)->hash});
        !written) {
        m_onError(written.error());
        return;
    }
    m_lastWritten = (*tip)->sequence;
}

} // namespace fitflow::audit
