#include "desktop/storage/calendar/SeriesQueries.h"

#include "desktop/storage/SqlStatement.h"
#include "shared/codec/TextFormats.h"

namespace fitflow::desktop {

namespace {

std::optional<scheduling::Instant> instantFrom(const QVariant& value)
{
    const auto parsed = parseUtcInstant(value.toString().toStdString());
    if (!parsed) {
        return std::nullopt;
    }
    return std::chrono::time_point_cast<std::chrono::seconds>(*parsed);
}

fitflow::Error corrupt(const std::string& what)
{
    return makeError("store_corrupt", "a stored series has " + what);
}

} // namespace

SeriesQueries::SeriesQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Result<std::optional<StoredSeries>> SeriesQueries::series(const QString& id) const
{
    auto query = execSql(m_db,
                         QStringLiteral("SELECT s.id, s.org_id, s.client_id, s.location_id,"
                                        " s.trainer_id, s.rrule, s.first_starts_at,"
                                        " s.first_ends_at, s.exdates, l.time_zone"
                                        " FROM session_series s"
                                        " LEFT JOIN locations l ON l.id = s.location_id"
                                        " WHERE s.id = ? AND s.is_deleted = 0"),
                         {id});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<StoredSeries>();
    }
    StoredSeries stored;
    stored.fields.id = query->value(0).toString().toStdString();
    stored.fields.orgId = query->value(1).toString().toStdString();
    stored.clientId = query->value(2).toString().toStdString();
    stored.fields.locationId = query->value(3).toString().toStdString();
    stored.fields.trainerId = query->value(4).toString().toStdString();
    stored.fields.rrule = query->value(5).toString().toStdString();
    const auto firstStart = instantFrom(query->value(6));
    const auto firstEnd = instantFrom(query->value(7));
    if (!firstStart || !firstEnd) {
        return corrupt("an unreadable first occurrence");
    }
    stored.fields.firstStart = *firstStart;
    stored.fields.firstEnd = *firstEnd;
    auto exceptions = scheduling::parseExceptionDates(query->value(8).toString().toStdString());
    if (!exceptions) {
        return corrupt("unreadable exception dates");
    }
    stored.fields.exceptionDates = std::move(*exceptions);
    auto records = exceptionRecords(id);
    if (!records) {
        return records.error();
    }
    for (const SeriesExceptionRecord& record : *records) {
        stored.fields.exceptionDates.insert(record.originalStart);
    }
    stored.timeZone = query->value(9).toString().toStdString();
    return std::optional<StoredSeries>(std::move(stored));
}

fitflow::Result<std::vector<SeriesExceptionRecord>>
SeriesQueries::exceptionRecords(const QString& seriesId) const
{
    auto query = execSql(m_db,
                         QStringLiteral("SELECT id, original_starts_at FROM series_exceptions"
                                        " WHERE series_id = ? AND is_deleted = 0"
                                        " ORDER BY original_starts_at, id"),
                         {seriesId});
    if (!query) {
        return query.error();
    }
    std::vector<SeriesExceptionRecord> records;
    while (query->next()) {
        const auto start = instantFrom(query->value(1));
        if (!start) {
            return corrupt("an exception with an unreadable date");
        }
        records.push_back({query->value(0).toString().toStdString(), *start});
    }
    return records;
}

fitflow::Result<std::vector<scheduling::SeriesMember>>
SeriesQueries::members(const QString& seriesId) const
{
    auto query = execSql(m_db,
                         QStringLiteral("SELECT id, starts_at, ends_at, status FROM sessions"
                                        " WHERE series_id = ? AND is_deleted = 0"
                                        " ORDER BY starts_at, id"),
                         {seriesId});
    if (!query) {
        return query.error();
    }
    std::vector<scheduling::SeriesMember> members;
    while (query->next()) {
        const auto start = instantFrom(query->value(1));
        const auto end = instantFrom(query->value(2));
        const auto status = scheduling::parseStatus(query->value(3).toString().toStdString());
        if (!start || !end || !status) {
            return corrupt("a session with an unreadable time or status");
        }
        members.push_back({query->value(0).toString().toStdString(), {*start, *end}, *status});
    }
    return members;
}

} // namespace fitflow::desktop
