#include "desktop/core/calendar/AvailabilityShading.h"

#include "desktop/core/calendar/ConflictWarnings.h"

#include <algorithm>

namespace fitflow::desktop {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

date::year_month_day toYmd(const QDate& day)
{
    return date::year{day.year()} / static_cast<unsigned>(day.month()) /
           static_cast<unsigned>(day.day());
}

// Every available window touching `day` (one day of margin for zones that differ).
std::vector<scheduling::TimeInterval> windowsAround(const std::vector<StoredAvailability>& records,
                                                    const QDate& day)
{
    std::vector<scheduling::TimeInterval> windows;
    for (const StoredAvailability& record : records) {
        for (int offset = -1; offset <= 1; ++offset) {
            auto found =
                scheduling::availableWindows(record.availability, toYmd(day.addDays(offset)));
            if (found) {
                windows.insert(windows.end(), found->begin(), found->end());
            }
        }
    }
    return windows;
}

} // namespace

std::vector<MinuteRun>
AvailabilityShading::unavailableRuns(const std::vector<StoredAvailability>& records,
                                     const QDate& day, const QTimeZone& shownIn)
{
    std::vector<MinuteRun> runs;
    if (records.empty()) {
        return runs;
    }
    const auto windows = windowsAround(records, day);
    const QDateTime midnight(day, QTime(0, 0), shownIn);
    for (int minute = 0; minute < kMinutesPerDay; minute += kStepMinutes) {
        const auto start = toSysSeconds(midnight.addSecs(qint64{minute} * 60));
        const auto end = start + std::chrono::minutes{kStepMinutes};
        const bool available = std::any_of(windows.begin(), windows.end(), [&](const auto& w) {
            return w.start <= start && end <= w.end;
        });
        if (available) {
            continue;
        }
        if (!runs.empty() && runs.back().endMinute == minute) {
            runs.back().endMinute = minute + kStepMinutes;
        } else {
            runs.push_back({minute, minute + kStepMinutes});
        }
    }
    return runs;
}

} // namespace fitflow::desktop
