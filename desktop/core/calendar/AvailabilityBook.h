#pragma once
// The signed-in trainer's availability as the open calendars show it (shading), kept by
// AvailabilityService and read on the GUI thread. One per process, like
// CalendarPreferencesNotifier: the calendar grid reads it without a store of its own.

#include "desktop/storage/calendar/AvailabilityQueries.h"

#include <QObject>

#include <vector>

namespace fitflow::desktop {

class AvailabilityBook : public QObject {
    Q_OBJECT

public:
    static AvailabilityBook& instance();

    const std::vector<StoredAvailability>& records() const { return m_records; }
    // Replaces the records (empty: no availability set, nothing shaded) and emits changed().
    void set(std::vector<StoredAvailability> records);

signals:
    void changed();

private:
    AvailabilityBook() = default;

    std::vector<StoredAvailability> m_records;
};

} // namespace fitflow::desktop
