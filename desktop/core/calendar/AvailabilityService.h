#pragma once
// The signed-in trainer's availability on the open store: reads it into AvailabilityBook
// (after an unlock and whenever availability changes) and saves one location's weekly rules
// and exceptions through LocalChanges (row + outbox), creating the location's record the first
// time. Jobs run on the store thread (StoreSession::runOnStore); replies on the GUI thread.

#include "desktop/storage/calendar/AvailabilityQueries.h"
#include "desktop/storage/calendar/BookedSession.h"
#include "shared/core/Result.h"

#include <QObject>

#include <functional>

namespace fitflow::desktop {

class StoreEvents;
class StoreSession;

class AvailabilityService : public QObject {
    Q_OBJECT

public:
    using StatusReply = std::function<void(fitflow::Status)>;
    using LocationsReply = std::function<void(fitflow::Result<std::vector<BookableLocation>>)>;

    // `events` may be null (then nothing is announced and nothing reloads by itself).
    AvailabilityService(StoreSession& session, StoreEvents* events, QObject* parent = nullptr);

    // Reads the trainer's availability into AvailabilityBook.
    void reload();
    // The locations availability can be set for (every location of the trainer's studios).
    void loadLocations(LocationsReply reply);
    // Writes the rules and exceptions of `availability.locationId` in organization `orgId` for
    // the signed-in trainer. Errors: "not_signed_in", those of LocalChanges (invalid_value with
    // the entry path for a list that breaks the rules).
    void save(QString orgId, scheduling::Availability availability, StatusReply reply);

private:
    StoreSession& m_session;
    StoreEvents* m_events;
};

} // namespace fitflow::desktop
