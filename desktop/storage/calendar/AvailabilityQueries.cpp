#include "desktop/storage/calendar/AvailabilityQueries.h"

#include "desktop/storage/SqlStatement.h"
#include "shared/scheduling/AvailabilityWire.h"

namespace fitflow::desktop {

namespace {

const QString kAvailabilitySelect = QStringLiteral(
    "SELECT a.id, a.org_id, o.name, a.trainer_id, a.location_id, l.name, l.time_zone,"
    " a.weekly_rules, a.exceptions"
    " FROM availability a"
    " LEFT JOIN organizations o ON o.id = a.org_id"
    " LEFT JOIN locations l ON l.id = a.location_id"
    " WHERE a.is_deleted = 0");

nlohmann::json listColumn(const QVariant& value)
{
    const QString text = value.toString();
    return text.isEmpty() ? nlohmann::json::array()
                          : nlohmann::json::parse(text.toStdString(), nullptr, false);
}

fitflow::Result<StoredAvailability> recordFrom(const QSqlQuery& query)
{
    StoredAvailability row;
    row.id = query.value(0).toString();
    row.orgId = query.value(1).toString();
    row.orgName = query.value(2).toString();
    row.availability.trainerId = query.value(3).toString().toStdString();
    row.availability.locationId = query.value(4).toString().toStdString();
    row.locationName = query.value(5).toString();
    row.availability.timeZone = query.value(6).toString().toStdString();
    auto rules = scheduling::weeklyRulesFromJson(listColumn(query.value(7)));
    auto exceptions = scheduling::availabilityExceptionsFromJson(listColumn(query.value(8)));
    if (!rules || !exceptions) {
        return makeError("store_corrupt", "a stored availability list cannot be read",
                         (!rules ? rules.error() : exceptions.error()).path);
    }
    row.availability.weeklyRules = std::move(*rules);
    row.availability.exceptions = std::move(*exceptions);
    return row;
}

} // namespace

AvailabilityQueries::AvailabilityQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Result<std::vector<StoredAvailability>>
AvailabilityQueries::ofTrainer(const QString& trainerId) const
{
    return select(QStringLiteral(" AND a.trainer_id = ?"), {trainerId});
}

fitflow::Result<std::optional<StoredAvailability>>
AvailabilityQueries::at(const QString& trainerId, const QString& locationId) const
{
    auto rows = select(QStringLiteral(" AND a.trainer_id = ? AND a.location_id = ?"),
                       {trainerId, locationId});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return std::optional<StoredAvailability>();
    }
    return std::optional<StoredAvailability>(rows->front());
}

fitflow::Result<std::vector<StoredAvailability>>
AvailabilityQueries::select(const QString& condition, const QVariantList& values) const
{
    auto query = execSql(
        m_db, kAvailabilitySelect + condition + QStringLiteral(" ORDER BY o.name, l.name, a.id"),
        values);
    if (!query) {
        return query.error();
    }
    std::vector<StoredAvailability> rows;
    while (query->next()) {
        auto row = recordFrom(*query);
        if (!row) {
            return row.error();
        }
        rows.push_back(std::move(*row));
    }
    return rows;
}

} // namespace fitflow::desktop
