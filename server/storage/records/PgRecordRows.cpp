#include "server/storage/records/PgRecordRows.h"

#include <pqxx/pqxx>

namespace fitflow::storage::records {

const char* const kClientFactColumns = R"SQL(
    c.user_id::text AS portal_user_id,
    array_to_string(ARRAY(SELECT ct.trainer_user_id::text FROM client_trainers ct
                           WHERE ct.org_id = c.org_id AND ct.client_id = c.id ORDER BY 1), ',')
        AS trainer_ids,
    array_to_string(ARRAY(SELECT DISTINCT m.team_lead_user_id::text
                            FROM client_trainers ct
                            JOIN memberships m ON m.org_id = ct.org_id
                                              AND m.user_id = ct.trainer_user_id
                           WHERE ct.org_id = c.org_id AND ct.client_id = c.id
                             AND m.team_lead_user_id IS NOT NULL
                             AND (m.ended_at IS NULL OR m.ended_at > now())), ',')
        AS team_lead_ids,
    array_to_string(ARRAY(SELECT c.home_location_id::text WHERE c.home_location_id IS NOT NULL
                          UNION
                          SELECT s.location_id::text FROM sessions s
                           WHERE s.org_id = c.org_id AND s.client_id = c.id
                             AND NOT s.deleted), ',')
        AS location_ids)SQL";

std::string teamLeadsOf(const std::string& member)
{
    return "array_to_string(ARRAY(SELECT DISTINCT m.team_lead_user_id::text FROM memberships m "
           "WHERE m.org_id = fitflow_current_org() AND m.user_id = " +
           member +
           " AND m.team_lead_user_id IS NOT NULL"
           " AND (m.ended_at IS NULL OR m.ended_at > now())), ',')";
}

std::string epochMillis(const std::string& timestamp)
{
    return "(extract(epoch FROM " + timestamp + ") * 1000)::bigint";
}

std::optional<std::string> optionalText(const pqxx::field& field)
{
    if (field.is_null()) {
        return std::nullopt;
    }
    return field.as<std::string>();
}

std::vector<std::string> idList(const pqxx::field& field)
{
    std::vector<std::string> ids;
    const std::string text = field.is_null() ? std::string() : field.as<std::string>();
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t comma = text.find(',', start);
        const std::size_t end = comma == std::string::npos ? text.size() : comma;
        ids.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return ids;
}

Instant instantOf(const pqxx::field& field)
{
    return Instant{std::chrono::milliseconds{field.as<long long>()}};
}

std::optional<Instant> optionalInstant(const pqxx::field& field)
{
    if (field.is_null()) {
        return std::nullopt;
    }
    return instantOf(field);
}

service::ClientFacts clientFactsOf(const pqxx::row& row)
{
    return service::ClientFacts{.portalUserId = optionalText(row["portal_user_id"]),
                                .trainerUserIds = idList(row["trainer_ids"]),
                                .trainerTeamLeadIds = idList(row["team_lead_ids"]),
                                .locationIds = idList(row["location_ids"])};
}

} // namespace fitflow::storage::records
