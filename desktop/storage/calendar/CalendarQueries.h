#pragma once
// Read-only SQL for the calendar and the dashboard: live sessions in a time range across every
// organization on this device, with the names they are shown by, and what a new session can be
// booked with. Writes go through LocalChanges, never through here.

#include "desktop/storage/calendar/BookedSession.h"
#include "shared/core/Result.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace fitflow::desktop {

class CalendarQueries {
public:
    explicit CalendarQueries(QSqlDatabase db);

    // Sessions that are not deleted and overlap [from, to), ordered by start then id.
    fitflow::Result<std::vector<BookedSession>> sessionsBetween(const QDateTime& from,
                                                                const QDateTime& to) const;
    // Every session that is not deleted, ordered by start then id.
    fitflow::Result<std::vector<BookedSession>> allSessions() const;
    // nullopt when the id is unknown or deleted.
    fitflow::Result<std::optional<BookedSession>> session(const QString& id) const;

    // Locations ordered by organization name then location name.
    fitflow::Result<std::vector<BookableLocation>> locations() const;
    // Organizations ordered by name.
    fitflow::Result<std::vector<StudioName>> organizations() const;
    // Clients that are not deleted, ordered by name.
    fitflow::Result<std::vector<BookableClient>> clients() const;

private:
    fitflow::Result<std::vector<BookedSession>> selectSessions(const QString& condition,
                                                               const QVariantList& values) const;

    QSqlDatabase m_db;
};

} // namespace fitflow::desktop
