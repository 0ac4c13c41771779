#include "server/service/sync/AvailabilityFields.h"

#include "shared/scheduling/AvailabilityWire.h"

namespace fitflow::sync {
namespace {

// Every refusal is `invalid_value` (the push's rejection code for a bad field); the shared
// code names the exact problem in the message.
Status asRejection(const Error& error)
{
    return makeError("invalid_value", error.path + ": " + error.message + " (" + error.code + ")",
                     error.path);
}

} // namespace

Status validateWeeklyRulesField(const nlohmann::json& value)
{
    const auto rules = scheduling::weeklyRulesFromJson(value);
    return rules ? Status{} : asRejection(rules.error());
}

Status validateAvailabilityExceptionsField(const nlohmann::json& value)
{
    const auto exceptions = scheduling::availabilityExceptionsFromJson(value);
    return exceptions ? Status{} : asRejection(exceptions.error());
}

} // namespace fitflow::sync
