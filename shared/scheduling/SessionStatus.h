#pragma once
// The lifecycle of one session and the operations that move it. The rules live in
// SessionStateMachine; this header only names the states and actions (stable wire names).

#include "shared/codec/EnumNames.h"

#include <array>
#include <optional>
#include <string_view>

namespace fitflow::scheduling {

enum class SessionStatus { Scheduled, Completed, Cancelled, NoShow };

enum class SessionAction { Complete, Cancel, MarkNoShow, Reopen };

// Wire names, used by both directions of every codec.
inline constexpr std::array<EnumName<SessionStatus>, 4> kSessionStatusNames{{
    {SessionStatus::Scheduled, "scheduled"},
    {SessionStatus::Completed, "completed"},
    {SessionStatus::Cancelled, "cancelled"},
    {SessionStatus::NoShow, "no_show"},
}};

inline constexpr std::array<EnumName<SessionAction>, 4> kSessionActionNames{{
    {SessionAction::Complete, "complete"},
    {SessionAction::Cancel, "cancel"},
    {SessionAction::MarkNoShow, "mark_no_show"},
    {SessionAction::Reopen, "reopen"},
}};

inline std::string_view statusName(SessionStatus status)
{
    return enumToName(kSessionStatusNames, status);
}
inline std::optional<SessionStatus> parseStatus(std::string_view name)
{
    return enumFromName(kSessionStatusNames, name);
}
inline std::string_view actionName(SessionAction action)
{
    return enumToName(kSessionActionNames, action);
}
inline std::optional<SessionAction> parseAction(std::string_view name)
{
    return enumFromName(kSessionActionNames, name);
}

} // namespace fitflow::scheduling
