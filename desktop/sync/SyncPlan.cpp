#include "desktop/sync/SyncPlan.h"

#include <algorithm>

namespace fitflow::desktop {

SyncPlan::SyncPlan(SyncPlanSettings settings, TimePoint now)
    : m_settings(std::move(settings))
    , m_due(now)
{
}

void SyncPlan::localWrite(TimePoint now)
{
    if (m_running) {
        m_rerun = true;
        return;
    }
    if (m_failures > 0 || m_halted) {
        return; // backing off (or waiting for the user): a write must not hammer the server
    }
    const TimePoint settled = now + m_settings.debounce;
    // Trailing debounce: a burst of writes syncs once, shortly after the last one.
    m_due = m_debouncing ? settled : std::min(m_due, settled);
    m_debouncing = m_due == settled;
}

void SyncPlan::connectivityChanged(bool online, TimePoint now)
{
    const bool reconnected = online && !m_online;
    m_online = online;
    if (reconnected && !m_halted) {
        m_failures = 0;
        m_due = now;
        m_debouncing = false;
    }
}

void SyncPlan::requestNow(TimePoint now)
{
    m_halted = false;
    m_failures = 0;
    m_due = now;
    m_debouncing = false;
    if (m_running) {
        m_rerun = true;
    }
}

bool SyncPlan::startIfDue(TimePoint now)
{
    if (m_running || !m_online || m_halted || now < m_due) {
        return false;
    }
    m_running = true;
    m_rerun = false;
    m_debouncing = false;
    return true;
}

void SyncPlan::finished(const SyncRoundResult& result, TimePoint now)
{
    m_running = false;
    if (result.ok) {
        m_failures = 0;
        m_lastErrorCode.clear();
        m_due = now + (m_rerun ? m_settings.debounce : m_settings.interval);
        m_debouncing = m_rerun;
        m_rerun = false;
        return;
    }
    m_lastErrorCode = result.errorCode;
    m_rerun = false;
    m_debouncing = false;
    if (needsUser(result.errorCode)) {
        m_halted = true;
        return;
    }
    ++m_failures;
    if (isTransientSyncError(result.errorCode)) {
        m_due = now + m_settings.retry.delay(m_failures - 1, result.retryAfter);
    } else {
        // Not worth a fast retry (a server or store error): try again at the normal pace.
        m_due = now + std::max(m_settings.interval,
                               m_settings.retry.delay(m_failures - 1, result.retryAfter));
    }
}

std::optional<SyncPlan::TimePoint> SyncPlan::nextWake() const
{
    if (m_running || !m_online || m_halted) {
        return std::nullopt;
    }
    return m_due;
}

SyncActivity SyncPlan::activity() const
{
    if (m_running) {
        return SyncActivity::Syncing;
    }
    if (!m_online || m_lastErrorCode == "network_error") {
        return SyncActivity::Offline;
    }
    return m_lastErrorCode.empty() ? SyncActivity::Idle : SyncActivity::Error;
}

bool needsUser(const std::string& errorCode)
{
    return errorCode == "login_required" || errorCode == "device_revoked";
}

} // namespace fitflow::desktop
