#include "shared/scheduling/SessionStatus.h"

#include <array>
#include <utility>

namespace fitflow::scheduling {
namespace {

constexpr std::array<std::pair<SessionStatus, std::string_view>, 4> kStatusNames{{
    {SessionStatus::Scheduled, "scheduled"},
    {SessionStatus::Completed, "completed"},
    {SessionStatus::Cancelled, "cancelled"},
    {SessionStatus::NoShow, "no_show"},
}};

constexpr std::array<std::pair<SessionAction, std::string_view>, 4> kActionNames{{
    {SessionAction::Complete, "complete"},
    {SessionAction::Cancel, "cancel"},
    {SessionAction::MarkNoShow, "mark_no_show"},
    {SessionAction::Reopen, "reopen"},
}};

} // namespace

std::string_view statusName(SessionStatus status)
{
    for (const auto& [value, name] : kStatusNames) {
        if (value == status) {
            return name;
        }
    }
    return "unknown";
}

std::optional<SessionStatus> parseStatus(std::string_view name)
{
    for (const auto& [value, text] : kStatusNames) {
        if (text == name) {
            return value;
        }
    }
    return std::nullopt;
}

std::string_view actionName(SessionAction action)
{
    for (const auto& [value, name] : kActionNames) {
        if (value == action) {
            return name;
        }
    }
    return "unknown";
}

std::optional<SessionAction> parseAction(std::string_view name)
{
    for (const auto& [value, text] : kActionNames) {
        if (text == name) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace fitflow::scheduling
