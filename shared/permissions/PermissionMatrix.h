#pragma once
// The role × action × resource permission matrix (design §3): one table, one query. The server
// enforces it; the desktop uses it only to hide what a user may not do.

#include "shared/permissions/Action.h"
#include "shared/permissions/Relation.h"
#include "shared/permissions/Resource.h"
#include "shared/permissions/Role.h"

#include <cstdint>
#include <initializer_list>
#include <span>

namespace fitflow {

enum class Decision {
    Deny,
    Allow,
    AllowAudited, // allowed only if the caller writes an audit event first (break-glass)
};

// A set of actions as a bit mask, so one table row can grant several actions.
class ActionSet {
public:
    constexpr ActionSet(std::initializer_list<Action> actions)
    {
        for (const Action action : actions) {
            m_bits |= 1U << static_cast<unsigned>(action);
        }
    }
    constexpr bool contains(Action action) const
    {
        return (m_bits & (1U << static_cast<unsigned>(action))) != 0;
    }

private:
    std::uint32_t m_bits = 0;
};

// One row: `role` may do `actions` to `resource` when the record's relation holds `scope`.
struct PermissionRule {
    Role role{};
    Resource resource{};
    ActionSet actions;
    Scope scope{};
};

// The table itself (for documentation generators and the desktop's "why not" tooltips).
std::span<const PermissionRule> permissionRules();

// Whether `role` may do `action` to a `resource` whose relation to the user is `relation`.
// Beyond the table: a trainer_admin holds every trainer permission for themself and, on records
// of their team (Scope::Team), every trainer permission except signing someone else's note.
Decision decide(Role role, Action action, Resource resource, Relation relation);

inline bool isAllowed(Role role, Action action, Resource resource, Relation relation)
{
    return decide(role, action, resource, relation) != Decision::Deny;
}

} // namespace fitflow
