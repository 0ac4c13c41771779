#pragma once
// The trainer's booking rules the calendar uses: the travel buffer between two different
// locations and the late-cancellation policy, kept in the user's settings under "calendar/"
// (missing or invalid values fall back to the defaults below), plus the length of a new
// session, which is AppSettings::defaultSessionMinutes (the page copies it in at each booking).

#include "shared/scheduling/CancellationPolicy.h"

#include <QSettings>

#include <chrono>
#include <cstdint>

namespace fitflow::desktop {

struct CalendarPreferences {
    // The largest values read back (larger stored values fall back to the defaults).
    static constexpr std::chrono::minutes kMaxTravelBuffer{24 * 60};
    static constexpr std::chrono::minutes kMaxLateWindow{7 * 24 * 60};
    static constexpr std::int64_t kMaxLateFeeCents = 10'000'000;

    std::chrono::minutes sessionLength{60}; // not stored here: AppSettings owns it
    std::chrono::minutes travelBuffer{15};
    scheduling::CancellationPolicy cancellation{}; // 24 h window, no fee unless set

    static CalendarPreferences fromSettings(const QSettings& settings);
    // The user's settings (organization and application "FitFlow").
    static CalendarPreferences fromUserSettings();
    void saveTo(QSettings& settings) const;
};

} // namespace fitflow::desktop
