#pragma once
// Read-only SQL for recurring series: a series row with its location's zone, and the sessions
// that are its occurrences. Writes go through LocalChanges, never through here.

#include "shared/core/Result.h"
#include "shared/scheduling/SeriesOccurrencePlan.h"
#include "shared/scheduling/SeriesWire.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace fitflow::desktop {

// One excluded occurrence of a series, a record of its own (entity "series_exception").
struct SeriesExceptionRecord {
    std::string id;
    scheduling::Instant originalStart;
};

// A stored series as the calendar edits it. `fields.exceptionDates` is every exclusion: the
// records' dates and the series' own `exdates` list (written by earlier versions).
struct StoredSeries {
    scheduling::SeriesWireFields fields;
    std::string clientId;
    std::string timeZone; // the location's
};

class SeriesQueries {
public:
    explicit SeriesQueries(QSqlDatabase db);

    // nullopt when the id is unknown or deleted. Errors: "store_corrupt" for unreadable fields.
    fitflow::Result<std::optional<StoredSeries>> series(const QString& id) const;
    // The live (not deleted) exception records of the series, in date order.
    fitflow::Result<std::vector<SeriesExceptionRecord>>
    exceptionRecords(const QString& seriesId) const;
    // The live (not deleted) sessions of the series, in start order.
    fitflow::Result<std::vector<scheduling::SeriesMember>> members(const QString& seriesId) const;

private:
    QSqlDatabase m_db;
};

} // namespace fitflow::desktop
