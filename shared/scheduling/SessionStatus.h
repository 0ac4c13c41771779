#pragma once
// The lifecycle of one session and the operations that move it. The rules live in
// SessionStateMachine; this header only names the states and actions (stable wire names).

#include <optional>
#include <string_view>

namespace fitflow::scheduling {

enum class SessionStatus { Scheduled, Completed, Cancelled, NoShow };

enum class SessionAction { Complete, Cancel, MarkNoShow, Reopen };

// Wire names: "scheduled", "completed", "cancelled", "no_show".
std::string_view statusName(SessionStatus status);
std::optional<SessionStatus> parseStatus(std::string_view name);

// Wire names: "complete", "cancel", "mark_no_show", "reopen".
std::string_view actionName(SessionAction action);
std::optional<SessionAction> parseAction(std::string_view name);

} // namespace fitflow::scheduling
