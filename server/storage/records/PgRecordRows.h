#pragma once
// Shared pieces of the client-records SQL: the column lists that carry a record's relation facts
// (see service::ClientFacts) and the conversions from result fields to view types.

#include "server/service/records/RecordViews.h"

#include <pqxx/row>

#include <optional>
#include <string>
#include <vector>

namespace fitflow::storage::records {

// Columns portal_user_id, trainer_ids, team_lead_ids, location_ids of the client aliased `c`.
extern const char* const kClientFactColumns;

// SQL for the comma-joined team leads of the trainer whose id is the SQL expression `member`.
std::string teamLeadsOf(const std::string& member);

// SQL for a timestamptz expression as epoch milliseconds.
std::string epochMillis(const std::string& timestamp);

std::optional<std::string> optionalText(const pqxx::field& field);
std::vector<std::string> idList(const pqxx::field& field); // from comma-joined text
Instant instantOf(const pqxx::field& field);               // from epoch milliseconds
std::optional<Instant> optionalInstant(const pqxx::field& field);

service::ClientFacts clientFactsOf(const pqxx::row& row);

} // namespace fitflow::storage::records
