#pragma once
// Converts between UTC instants and a location's wall clock with the IANA time zone database
// (howardhinnant date/tz, reading the system tzdata).
//
// Wall-clock times that do not map to exactly one instant follow RFC 5545 §3.3.5, so the
// expansion of a series and its iCalendar export always agree:
//  - nonexistent (spring-forward gap): read with the offset in force before the gap, which
//    moves the time forward by the gap length (02:30 on 2026-03-08 in Toronto -> 03:30 EDT);
//  - ambiguous (fall-back overlap): the first of the two instants (01:30 on 2026-11-01 in
//    Toronto -> 01:30 EDT, not EST).

#include "shared/core/Result.h"

#include <chrono>
#include <date/tz.h>
#include <string_view>

namespace fitflow::scheduling {

using Instant = std::chrono::sys_seconds;
using LocalDateTime = date::local_seconds;

class ZoneClock {
public:
    // Fails with "unknown_time_zone" when `zoneName` is not an IANA zone of the tzdata.
    static Result<ZoneClock> forZone(std::string_view zoneName);

    LocalDateTime toLocal(Instant instant) const;
    Instant toInstant(LocalDateTime local) const; // documented rule above
    std::string_view name() const;
    const date::time_zone& zone() const { return *m_zone; }

private:
    explicit ZoneClock(const date::time_zone* zone)
        : m_zone(zone)
    {
    }

    const date::time_zone* m_zone; // owned by the process-wide tzdb, lives forever
};

} // namespace fitflow::scheduling
