#pragma once
// Remaining credits of a session package (design §2: a pack of sessions with price, count and
// expiry; consuming a session takes a credit). Credits are derived, never stored: a session of
// the package takes one when it is completed, a no-show, or cancelled late (the cancellation was
// recorded less than the late-cancellation window before its start, or after it). An expired
// package (past its expires_on day) has no usable credit left.

#include "shared/codec/TextFormats.h"
#include "shared/scheduling/SessionStatus.h"

#include <chrono>
#include <optional>
#include <span>

namespace fitflow::clients {

// One session booked on the package, as the credit rule needs it.
struct PackageSessionUse {
    scheduling::SessionStatus status = scheduling::SessionStatus::Scheduled;
    Instant startsAt{};
    // When the current status was recorded (the time of its sync stamp); unknown = long ago.
    std::optional<Instant> statusRecordedAt;
};

struct PackageCredits {
    int total = 0;
    int used = 0;      // completed, no-show and late-cancelled sessions
    int booked = 0;    // still scheduled: will take a credit when they happen
    int remaining = 0; // usable now: 0 when expired, never below 0
    bool expired = false;

    // Whether one more session can be booked without going beyond the credits.
    bool canBookAnother() const { return !expired && used + booked < total; }
};

bool takesCredit(const PackageSessionUse& session, std::chrono::minutes lateWindow);

// `expiresOn` is the last day the package can be used; `today` is the user's local date.
PackageCredits packageCredits(int sessionsTotal,
                              std::optional<std::chrono::year_month_day> expiresOn,
                              std::span<const PackageSessionUse> sessions,
                              std::chrono::minutes lateWindow, std::chrono::year_month_day today);

} // namespace fitflow::clients
