#pragma once
// The calendar's .ics export: booked sessions turned into the shared iCalendar exporter's
// request (title, "studio, location" and the client's name; never e-mails, phones or notes)
// and written to a file atomically.

#include "desktop/storage/calendar/BookedSession.h"
#include "shared/core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <string>
#include <vector>

namespace fitflow::desktop {

class IcsExport {
    Q_DECLARE_TR_FUNCTIONS(IcsExport)

public:
    // The VCALENDAR text (times in each location's zone with a VTIMEZONE per zone used).
    static fitflow::Result<std::string> calendarText(const std::vector<BookedSession>& sessions,
                                                     const QDateTime& generatedAt);
    // Writes the text to `path` (replacing it only once fully written). Error "io_error".
    static fitflow::Status writeFile(const QString& path, const std::string& text);
};

} // namespace fitflow::desktop
