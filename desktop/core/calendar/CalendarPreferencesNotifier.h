#pragma once
// Tells open calendars that the booking rules changed in Settings, so the next booking uses the
// new travel buffer and cancellation policy without a restart. One per process (GUI thread).

#include "desktop/core/calendar/CalendarPreferences.h"

#include <QObject>

namespace fitflow::desktop {

class CalendarPreferencesNotifier : public QObject {
    Q_OBJECT

public:
    static CalendarPreferencesNotifier& instance();

    void announce(const CalendarPreferences& preferences) { emit changed(preferences); }

signals:
    void changed(const fitflow::desktop::CalendarPreferences& preferences);

private:
    CalendarPreferencesNotifier() = default;
};

} // namespace fitflow::desktop
