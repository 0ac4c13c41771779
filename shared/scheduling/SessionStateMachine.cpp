#include "shared/scheduling/SessionStateMachine.h"

#include <string>

namespace fitflow::scheduling {
namespace {

Error illegalTransition(SessionStatus from, SessionStatus to)
{
    return makeError("illegal_transition",
                     "illegal session transition " + std::string(statusName(from)) + " -> " +
                         std::string(statusName(to)),
                     "status");
}

bool allows(SessionStatus from, SessionAction action)
{
    if (action == SessionAction::Reopen) {
        return from != SessionStatus::Scheduled;
    }
    return from == SessionStatus::Scheduled;
}

} // namespace

SessionStatus targetStatus(SessionAction action)
{
    switch (action) {
    case SessionAction::Complete:
        return SessionStatus::Completed;
    case SessionAction::Cancel:
        return SessionStatus::Cancelled;
    case SessionAction::MarkNoShow:
        return SessionStatus::NoShow;
    case SessionAction::Reopen:
        break;
    }
    return SessionStatus::Scheduled;
}

Result<SessionStatus> applyAction(SessionStatus from, SessionAction action)
{
    if (!allows(from, action)) {
        return illegalTransition(from, targetStatus(action));
    }
    return targetStatus(action);
}

Result<SessionAction> actionFor(SessionStatus from, SessionStatus to)
{
    for (SessionAction action : {SessionAction::Complete, SessionAction::Cancel,
                                 SessionAction::MarkNoShow, SessionAction::Reopen}) {
        if (targetStatus(action) == to && allows(from, action)) {
            return action;
        }
    }
    return illegalTransition(from, to);
}

bool needsStartedSession(SessionStatus to)
{
    return to == SessionStatus::Completed || to == SessionStatus::NoShow;
}

Status checkStarted(SessionStatus to, std::chrono::sys_seconds startsAt,
                    std::chrono::sys_seconds at)
{
    if (needsStartedSession(to) && at < startsAt) {
        return makeError("session_not_started",
                         "the session has not started yet: it cannot be " +
                             std::string(statusName(to)) + " before its start",
                         "status");
    }
    return {};
}

Status checkTransition(SessionStatus from, SessionStatus to)
{
    auto action = actionFor(from, to);
    if (!action) {
        return action.error();
    }
    return {};
}

} // namespace fitflow::scheduling
