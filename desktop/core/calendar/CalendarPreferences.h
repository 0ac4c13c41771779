#pragma once
// The trainer's booking defaults the calendar uses: the length of a new session, the travel
// buffer between two different locations, and the late-cancellation policy. Kept in the user's
// settings under "calendar/"; missing or invalid values fall back to the defaults below.

#include "shared/scheduling/CancellationPolicy.h"

#include <QSettings>

#include <chrono>

namespace fitflow::desktop {

struct CalendarPreferences {
    std::chrono::minutes sessionLength{60};
    std::chrono::minutes travelBuffer{15};
    scheduling::CancellationPolicy cancellation{}; // 24 h window, no fee unless set

    static CalendarPreferences fromSettings(const QSettings& settings);
    // The user's settings (organization and application "FitFlow").
    static CalendarPreferences fromUserSettings();
    void saveTo(QSettings& settings) const;
};

} // namespace fitflow::desktop
