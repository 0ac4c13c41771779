#pragma once
// The sync wire format of the scheduling types, strict in both directions: fromJson refuses
// unknown fields, wrong types, unknown enum names, out-of-range numbers and values that break
// a domain rule, with the field path ("weekly_rules[1].end", "moved[0].start"). Keys are
// snake_case; instants are RFC 3339 UTC ("2026-03-02T12:00:00Z", whole seconds); wall-clock
// times are local to the record's "time_zone" ("2026-03-02T07:00:00", "09:30"); a series'
// rule is its RRULE text.

#include "shared/core/Result.h"
#include "shared/scheduling/Availability.h"
#include "shared/scheduling/CancellationPolicy.h"
#include "shared/scheduling/CreditPack.h"
#include "shared/scheduling/Session.h"
#include "shared/scheduling/SessionSeries.h"

#include <nlohmann/json.hpp>

namespace fitflow::scheduling {

nlohmann::json toJson(const Session& session);
Result<Session> sessionFromJson(const nlohmann::json& json);

nlohmann::json toJson(const SessionSeries& series);
Result<SessionSeries> seriesFromJson(const nlohmann::json& json);

nlohmann::json toJson(const Availability& availability);
Result<Availability> availabilityFromJson(const nlohmann::json& json);

nlohmann::json toJson(const CreditPack& pack);
Result<CreditPack> creditPackFromJson(const nlohmann::json& json);

nlohmann::json toJson(const CancellationPolicy& policy);
Result<CancellationPolicy> cancellationPolicyFromJson(const nlohmann::json& json);

} // namespace fitflow::scheduling
