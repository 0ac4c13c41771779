#include "shared/scheduling/ZoneClock.h"

#include <exception>
#include <string>

namespace fitflow::scheduling {

Result<ZoneClock> ZoneClock::forZone(std::string_view zoneName)
{
    if (zoneName.empty()) {
        return makeError("unknown_time_zone", "time zone name is empty", "time_zone");
    }
    try {
        return ZoneClock(date::locate_zone(zoneName));
    } catch (const std::exception&) {
        // date/tz reports an unknown name (or unreadable tzdata) by throwing; we keep
        // exceptions inside the library.
        return makeError("unknown_time_zone",
                         "unknown IANA time zone '" + std::string(zoneName) + "'", "time_zone");
    }
}

LocalDateTime ZoneClock::toLocal(Instant instant) const
{
    return m_zone->to_local(instant);
}

Instant ZoneClock::toInstant(LocalDateTime local) const
{
    // For a unique time `first` is its only offset; in a gap it is the offset before the gap;
    // in an overlap it is the earlier (daylight) offset. One expression covers all three cases.
    const date::local_info info = m_zone->get_info(local);
    return Instant{local.time_since_epoch()} - info.first.offset;
}

std::string_view ZoneClock::name() const
{
    return m_zone->name();
}

} // namespace fitflow::scheduling
