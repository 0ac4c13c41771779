#pragma once
// Writes recurring series and their occurrences on the store thread (inside a
// StoreSession::runOnStore job). A series is one synced "series" row (the rule) plus one
// session per occurrence within scheduling::kSeriesHorizon; sessions attached to a series always
// sit at one of its occurrences, so an occurrence is known by its session's start. Each excluded
// occurrence is a "series_exception" record of its own (merged as a set across devices); the
// series' old `exdates` list is still read and becomes records on the series' next write.
// Every write goes through LocalChanges (row + outbox), and each public call (one user action)
// is ONE local transaction around all of them: a failure in any step, or a crash, leaves the
// store as it was before the action. The error names the failed step.

#include "desktop/core/calendar/SeriesScope.h"
#include "desktop/core/calendar/SessionDraft.h"
#include "shared/core/Result.h"
#include "shared/scheduling/SeriesOccurrencePlan.h"

#include <QSqlDatabase>

namespace fitflow::desktop {

class SeriesWriter {
public:
    // `now` separates history (never changed) from the future.
    SeriesWriter(QSqlDatabase db, scheduling::Instant now);

    // Books a series whose first occurrence is the draft's time, repeating by `rrule` (the
    // subset of shared/scheduling/RecurrenceRule.h) in the draft's location zone; each session
    // takes the draft's package. Replies with
    // the number of sessions booked. Errors: those of seriesFromWire, "missing_field" (not
    // signed in: no trainer), and LocalChanges'.
    fitflow::Result<int> create(const SessionDraft& draft, const std::string& rrule);

    // Applies the draft (client, location, new start and end, and the package when the draft
    // chose one, see SessionDraft::packageChosen) to occurrence `draft.id`.
    // Errors: "not_found" (no such session), "not_in_series", and those of the pure rules.
    fitflow::Status edit(const SessionDraft& draft, SeriesScope scope);

    // Deletes occurrence `sessionId`, the ones after it, or the whole future of the series.
    fitflow::Status remove(const QString& sessionId, SeriesScope scope);

private:
    // The bodies of create/edit/remove, run inside their one transaction.
    fitflow::Result<int> createSeries(const SessionDraft& draft, const std::string& rrule);
    fitflow::Status editOccurrence(const SessionDraft& draft, SeriesScope scope);
    fitflow::Status removeOccurrence(const QString& sessionId, SeriesScope scope);
    struct Loaded;
    fitflow::Result<Loaded> load(const QString& sessionId) const;
    fitflow::Status writeSeries(const std::string& id, const scheduling::SessionSeries& series,
                                const SessionDraft* who);
    // Makes the live "series_exception" records of `seriesId` the series' exception dates.
    fitflow::Status writeExceptions(const std::string& seriesId,
                                    const scheduling::SessionSeries& series);
    fitflow::Result<std::string> addSeries(const scheduling::SessionSeries& series,
                                           const SessionDraft& who);
    fitflow::Status applyPlan(const scheduling::OccurrencePlan& plan, const std::string& seriesId,
                              const SessionDraft& who);
    fitflow::Status skipOccurrence(const Loaded& loaded);

    QSqlDatabase m_db;
    scheduling::Instant m_now;
};

} // namespace fitflow::desktop
