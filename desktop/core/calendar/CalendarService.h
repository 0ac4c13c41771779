#pragma once
// The calendar's use cases on the open store: read sessions and booking choices, check a draft
// for conflicts against the trainer's sessions at every studio, book (one session or the
// occurrences of a series), reschedule, and move a session through the shared state machine.
// Every job runs on the store thread (StoreSession::runOnStore); replies come back on the GUI
// thread. Writes go through LocalChanges (row + outbox) and are announced on StoreEvents.

#include "desktop/core/calendar/ConflictWarnings.h"
#include "desktop/core/calendar/SeriesScope.h"
#include "desktop/core/calendar/SessionDraft.h"
#include "desktop/core/clients/PackageBooking.h"
#include "desktop/storage/calendar/BookedSession.h"
#include "desktop/sync/LocalClock.h"
#include "shared/core/Result.h"
#include "shared/scheduling/SessionStatus.h"
#include "shared/scheduling/TimeInterval.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

namespace fitflow::desktop {

class StoreEvents;
class StoreSession;

// What a new session can be booked with, and who books it (empty before the first login).
struct BookingChoices {
    std::vector<BookableClient> clients;
    std::vector<BookableLocation> locations;
    QString trainerId;
};

class CalendarService : public QObject {
    Q_OBJECT

public:
    template <typename T> using Reply = std::function<void(fitflow::Result<T>)>;
    using StatusReply = std::function<void(fitflow::Status)>;

    // `events` may be null (then nothing is announced).
    CalendarService(StoreSession& session, StoreEvents* events, QObject* parent = nullptr);

    void loadSessions(const QDateTime& from, const QDateTime& to,
                      Reply<std::vector<BookedSession>> reply);
    void loadAllSessions(Reply<std::vector<BookedSession>> reply);
    void loadBookingChoices(Reply<BookingChoices> reply);
    // The client's packages that can still be booked on (PackageBooking::choices), read on the
    // store thread.
    void loadPackageChoices(const QString& clientId, std::chrono::minutes lateWindow,
                            Reply<std::vector<PackageChoice>> reply);

    // Conflicts of every draft (one per occurrence of a series) with the stored sessions.
    void findConflicts(std::vector<SessionDraft> drafts, std::chrono::minutes travelBuffer,
                       Reply<std::vector<ConflictWarning>> reply);

    // Books one session per time in `times` for the draft's client and location, each in its
    // own transaction (a failure part-way keeps the sessions booked before it; the error path
    // names the first one that failed). Replies with the number booked.
    void createSessions(SessionDraft draft, std::vector<scheduling::TimeInterval> times,
                        Reply<int> reply);
    // Books a recurring series (a synced "series" row and one session per occurrence, see
    // SeriesWriter) starting at the draft's time; replies with the number of sessions booked.
    void createSeries(SessionDraft draft, QString rrule, Reply<int> reply);
    // Edits occurrence `draft.id` of its series for the chosen scope (SeriesWriter::edit).
    void editInSeries(SessionDraft draft, SeriesScope scope, StatusReply reply);
    // Deletes a session; for an occurrence of a series, `scope` says which (SeriesWriter::remove).
    void removeSession(QString sessionId, std::optional<SeriesScope> scope, StatusReply reply);
    // Writes the draft's client, location and times onto the session `draft.id`.
    void updateSession(SessionDraft draft, StatusReply reply);
    // Applies a state-machine action; replies with the new status wire name. Errors:
    // "not_found", "illegal_transition" (e.g. completing a cancelled session),
    // "session_not_started" (completing or marking a no-show before the start, by now()).
    void applyAction(QString sessionId, scheduling::SessionAction action, Reply<QString> reply);

    // The clock every "now" of the calendar is read from (whether a session has started, series
    // edits from now on, usable packages); the system clock unless a test pins it. Call on the
    // GUI thread; jobs already queued keep the clock they were started with.
    void setClock(PhysicalClock clock);
    std::chrono::sys_seconds now() const;

private:
    void announceSessionsChanged();

    StoreSession& m_session;
    StoreEvents* m_events;
    PhysicalClock m_clock = systemPhysicalClock();
};

} // namespace fitflow::desktop
