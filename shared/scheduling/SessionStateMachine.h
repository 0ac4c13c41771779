#pragma once
// The session state machine shared by desktop, server and sync merge.
//   scheduled --complete--> completed
//   scheduled --cancel----> cancelled
//   scheduled --mark_no_show--> no_show
//   completed | cancelled | no_show --reopen--> scheduled
// Reopen is allowed from every final state because each can be a trainer's mistake; moving
// between two final states (completed -> no_show) must go through an explicit reopen first, so
// the side effects of the first outcome (credit, fee) are undone before the second applies.

#include "shared/core/Result.h"
#include "shared/scheduling/SessionStatus.h"

#include <chrono>

namespace fitflow::scheduling {

// The state an action leads to (Reopen leads to Scheduled).
SessionStatus targetStatus(SessionAction action);

// Applies `action` to a session in state `from`. An action that the machine does not allow
// fails with code "illegal_transition"; the message names both states ("completed -> cancelled").
Result<SessionStatus> applyAction(SessionStatus from, SessionAction action);

// The same rules expressed as a pair of states (what sync merge sees). `from == to` is not a
// transition and is illegal too.
Status checkTransition(SessionStatus from, SessionStatus to);

// The action that moves `from` to `to`, if the machine allows it.
Result<SessionAction> actionFor(SessionStatus from, SessionStatus to);

// Whether reaching `to` needs the session to have started (completed, no_show).
bool needsStartedSession(SessionStatus to);

// A session can be completed or marked a no-show only once it has started (`at >= startsAt`):
// its outcome feeds invoices and utilisation. Start, not end, because a trainer marks a no-show
// ten minutes in. Cancel and reopen are allowed at any time. `at` is when the change is made
// (the device's clock, or a pushed change's stamp). Error "session_not_started", path "status".
Status checkStarted(SessionStatus to, std::chrono::sys_seconds startsAt,
                    std::chrono::sys_seconds at);

} // namespace fitflow::scheduling
