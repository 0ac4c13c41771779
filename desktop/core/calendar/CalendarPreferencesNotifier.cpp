#include "desktop/core/calendar/CalendarPreferencesNotifier.h"

namespace fitflow::desktop {

CalendarPreferencesNotifier& CalendarPreferencesNotifier::instance()
{
    static CalendarPreferencesNotifier notifier;
    return notifier;
}

} // namespace fitflow::desktop
