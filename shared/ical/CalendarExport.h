#pragma once
// What the iCalendar export needs about a trainer's calendar. The types carry the display
// text the caller has already chosen (translated title, studio name and address) and client
// names only; they have no fields for e-mails, phone numbers or notes, so those can never
// reach a calendar file.

#include "shared/scheduling/Session.h"
#include "shared/scheduling/SessionSeries.h"

#include <chrono>
#include <string>
#include <vector>

namespace fitflow::ical {

// `title` and `locationText` are shown as given in every mode, so they must never hold client
// data; only `clientNames` is reduced to initials by the privacy mode.
struct CalendarEventText {
    std::string title;                    // e.g. "Personal training" (already translated)
    std::string locationText;             // e.g. "Northside Toronto, 12 King St W"
    std::vector<std::string> clientNames; // full names; privacy mode reduces them to initials
    int sequence = 0;                     // iCalendar SEQUENCE: bump on every material change
};

struct CalendarSession {
    scheduling::Session session;
    CalendarEventText text;
};

struct CalendarSeries {
    scheduling::SessionSeries series;
    CalendarEventText text;
};

struct CalendarExportRequest {
    std::vector<CalendarSession> sessions; // one-off sessions (occurrences of an exported
                                           // series are skipped: the series covers them)
    std::vector<CalendarSeries> series;
    std::chrono::sys_seconds generatedAt; // DTSTAMP
    bool privacyMode = false;             // client names become initials
    std::string calendarName;             // optional X-WR-CALNAME
};

} // namespace fitflow::ical
