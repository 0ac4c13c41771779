#pragma once
// Writes recurring series and their occurrences on the store thread (inside a
// StoreSession::runOnStore job). A series is one synced "series" row (the rule) plus one
// session per occurrence within scheduling::kSeriesHorizon; sessions attached to a series always
// sit at one of its occurrences, so an occurrence is known by its session's start.
// Every write goes through LocalChanges (row + outbox); the steps of one edit are separate
// local transactions written in an order that leaves a usable state if one fails (the series
// first, then its sessions), and the error names the step.

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
    // subset of shared/scheduling/RecurrenceRule.h) in the draft's location zone. Replies with
    // the number of sessions booked. Errors: those of seriesFromWire, "missing_field" (not
    // signed in: no trainer), and LocalChanges'.
    fitflow::Result<int> create(const SessionDraft& draft, const std::string& rrule);

    // Applies the draft (client, location, new start and end) to occurrence `draft.id`.
    // Errors: "not_found" (no such session), "not_in_series", and those of the pure rules.
    fitflow::Status edit(const SessionDraft& draft, SeriesScope scope);

    // Deletes occurrence `sessionId`, the ones after it, or the whole future of the series.
    fitflow::Status remove(const QString& sessionId, SeriesScope scope);

private:
    struct Loaded;
    fitflow::Result<Loaded> load(const QString& sessionId) const;
    fitflow::Status writeSeries(const std::string& id, const scheduling::SessionSeries& series,
                                const SessionDraft* who);
    fitflow::Result<std::string> addSeries(const scheduling::SessionSeries& series,
                                           const SessionDraft& who);
    fitflow::Status applyPlan(const scheduling::OccurrencePlan& plan, const std::string& seriesId,
                              const SessionDraft& who);
    fitflow::Status skipOccurrence(const Loaded& loaded);

    QSqlDatabase m_db;
    scheduling::Instant m_now;
};

} // namespace fitflow::desktop
