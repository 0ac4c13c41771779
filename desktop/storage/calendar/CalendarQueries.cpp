#include "desktop/storage/calendar/CalendarQueries.h"

#include "desktop/storage/SqlStatement.h"

#include <algorithm>

namespace fitflow::desktop {

namespace {

const QString kSessionSelect = QStringLiteral(
    "SELECT s.id, s.org_id, o.name, s.client_id,"
    " TRIM(COALESCE(c.first_name, '') || ' ' || COALESCE(c.last_name, '')),"
    " s.location_id, l.name, l.time_zone, s.trainer_id, s.status, s.starts_at, s.ends_at,"
    " s.series_id, s.package_id"
    " FROM sessions s"
    " LEFT JOIN organizations o ON o.id = s.org_id"
    " LEFT JOIN clients c ON c.id = s.client_id"
    " LEFT JOIN locations l ON l.id = s.location_id"
    " WHERE s.is_deleted = 0");

QDateTime utcFromText(const QString& text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.toUTC();
}

BookedSession sessionFrom(const QSqlQuery& query)
{
    BookedSession row;
    row.id = query.value(0).toString();
    row.orgId = query.value(1).toString();
    row.orgName = query.value(2).toString();
    row.clientId = query.value(3).toString();
    row.clientName = query.value(4).toString();
    row.locationId = query.value(5).toString();
    row.locationName = query.value(6).toString();
    row.timeZone = query.value(7).toString();
    row.trainerId = query.value(8).toString();
    row.status = query.value(9).toString();
    row.start = utcFromText(query.value(10).toString());
    row.end = utcFromText(query.value(11).toString());
    row.seriesId = query.value(12).toString();
    row.packageId = query.value(13).toString();
    return row;
}

// Stored instants are canonical RFC 3339 text; a fraction makes text order differ from time
// order within one second, so the SQL bound is widened and the exact test is done here.
QString widenedBound(const QDateTime& instant, int seconds)
{
    return instant.toUTC().addSecs(seconds).toString(Qt::ISODate);
}

} // namespace

CalendarQueries::CalendarQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Result<std::vector<BookedSession>>
CalendarQueries::selectSessions(const QString& condition, const QVariantList& values) const
{
    auto query = execSql(
        m_db, kSessionSelect + condition + QStringLiteral(" ORDER BY s.starts_at, s.id"), values);
    if (!query) {
        return query.error();
    }
    std::vector<BookedSession> rows;
    while (query->next()) {
        BookedSession row = sessionFrom(*query);
        if (row.start.isValid() && row.end.isValid()) {
            rows.push_back(std::move(row));
        }
    }
    // Fractional seconds sort before whole ones in text; restore time order.
    std::stable_sort(rows.begin(), rows.end(), [](const BookedSession& a, const BookedSession& b) {
        return a.start < b.start;
    });
    return rows;
}

fitflow::Result<std::vector<BookedSession>>
CalendarQueries::sessionsBetween(const QDateTime& from, const QDateTime& to) const
{
    auto rows = selectSessions(QStringLiteral(" AND s.starts_at < ? AND s.ends_at > ?"),
                               {widenedBound(to, 1), widenedBound(from, -1)});
    if (!rows) {
        return rows;
    }
    std::erase_if(*rows,
                  [&](const BookedSession& row) { return !(row.start < to && from < row.end); });
    return rows;
}

fitflow::Result<std::vector<BookedSession>> CalendarQueries::allSessions() const
{
    return selectSessions({}, {});
}

fitflow::Result<std::optional<BookedSession>> CalendarQueries::session(const QString& id) const
{
    auto rows = selectSessions(QStringLiteral(" AND s.id = ?"), {id});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return std::optional<BookedSession>();
    }
    return std::optional<BookedSession>(rows->front());
}

fitflow::Result<std::vector<BookableLocation>> CalendarQueries::locations() const
{
    auto query = execSql(m_db, QStringLiteral("SELECT l.id, l.org_id, o.name, l.name, l.time_zone"
                                              " FROM locations l"
                                              " LEFT JOIN organizations o ON o.id = l.org_id"
                                              " ORDER BY o.name, l.name, l.id"));
    if (!query) {
        return query.error();
    }
    std::vector<BookableLocation> rows;
    while (query->next()) {
        rows.push_back({query->value(0).toString(), query->value(1).toString(),
                        query->value(2).toString(), query->value(3).toString(),
                        query->value(4).toString()});
    }
    return rows;
}

fitflow::Result<std::vector<StudioName>> CalendarQueries::organizations() const
{
    auto query =
        execSql(m_db, QStringLiteral("SELECT id, name FROM organizations ORDER BY name, id"));
    if (!query) {
        return query.error();
    }
    std::vector<StudioName> rows;
    while (query->next()) {
        rows.push_back({query->value(0).toString(), query->value(1).toString()});
    }
    return rows;
}

fitflow::Result<std::vector<BookableClient>> CalendarQueries::clients() const
{
    auto query =
        execSql(m_db, QStringLiteral(
                          "SELECT id, org_id,"
                          " TRIM(COALESCE(first_name, '') || ' ' || COALESCE(last_name, '')) AS n"
                          " FROM clients WHERE is_deleted = 0 ORDER BY n, id"));
    if (!query) {
        return query.error();
    }
    std::vector<BookableClient> rows;
    while (query->next()) {
        rows.push_back(
            {query->value(0).toString(), query->value(1).toString(), query->value(2).toString()});
    }
    return rows;
}

} // namespace fitflow::desktop
