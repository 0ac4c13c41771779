#pragma once
// When the next background sync round should start (the decisions of SyncScheduler, without
// threads or timers, so they can be tested with a fake clock): every `interval`, soon after
// local writes (trailing debounce), at once on reconnect, with exponential backoff and full
// jitter after transient failures (honouring Retry-After), never two rounds at once, and not at
// all once the device needs its user (login required, device revoked) until syncNow().

#include "desktop/sync/RetryPolicy.h"

#include <chrono>
#include <optional>
#include <string>

namespace fitflow::desktop {

enum class SyncActivity {
    Idle,    // the last round succeeded; waiting for the next one
    Syncing, // a round is running
    Offline, // the server cannot be reached (monitor or network error)
    Error,   // the last round failed for another reason (see lastErrorCode())
};

struct SyncPlanSettings {
    std::chrono::milliseconds interval{60'000};
    std::chrono::milliseconds debounce{2'000};
    RetryPolicy retry{std::chrono::milliseconds{1'000}, std::chrono::milliseconds{300'000}};
};

// How a round ended, as far as planning is concerned.
struct SyncRoundResult {
    bool ok = false;
    std::string errorCode; // when !ok
    std::optional<std::chrono::seconds> retryAfter;
};

class SyncPlan {
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    // The first round is due at `now`.
    SyncPlan(SyncPlanSettings settings, TimePoint now);

    void localWrite(TimePoint now);
    void connectivityChanged(bool online, TimePoint now);
    // A user's explicit "sync now": clears backoff and a halt.
    void requestNow(TimePoint now);

    // True when a round should start now; it is then running until finished().
    bool startIfDue(TimePoint now);
    void finished(const SyncRoundResult& result, TimePoint now);

    // When startIfDue() may next return true; none while running, offline or halted.
    std::optional<TimePoint> nextWake() const;

    SyncActivity activity() const;
    bool running() const { return m_running; }
    bool halted() const { return m_halted; }
    int consecutiveFailures() const { return m_failures; }
    const std::string& lastErrorCode() const { return m_lastErrorCode; }

private:
    SyncPlanSettings m_settings;
    TimePoint m_due;
    bool m_debouncing = false; // m_due was set by a local write (the next write moves it)
    bool m_running = false;
    bool m_rerun = false; // a local write arrived during the running round
    bool m_online = true;
    bool m_halted = false;
    int m_failures = 0;
    std::string m_lastErrorCode;
};

// Errors no retry can fix without the user: "login_required", "device_revoked".
bool needsUser(const std::string& errorCode);

} // namespace fitflow::desktop
