#pragma once
// How a record relates to the acting user: the scope facts the permission matrix depends on.
// The caller (server service or desktop model) establishes every fact that holds, e.g. a
// trainer's own note about an assigned client is {Organization, Own, AssignedClient}.

#include "shared/codec/EnumNames.h"

#include <array>
#include <cstdint>
#include <initializer_list>

namespace fitflow {

enum class Scope : std::uint8_t {
    Anywhere,         // needs no fact (platform-wide rows of super_admin)
    Organization,     // the record belongs to an organization the user is a member of
    ManagedLocation,  // ... and to one of the locations the user manages
    Own,              // the user's own record: author, own session/device/membership, or the
                      // client themself
    AssignedClient,   // the record concerns a client assigned to the user
    Team,             // the record is a team member's own record or concerns a client assigned
                      // to a trainer on the user's team (trainer_admin)
    SharedWithClient, // a note shared with the requesting client
};

inline constexpr std::array<EnumName<Scope>, 7> kScopeNames{{
    {Scope::Anywhere, "anywhere"},
    {Scope::Organization, "organization"},
    {Scope::ManagedLocation, "managed_location"},
    {Scope::Own, "own"},
    {Scope::AssignedClient, "assigned_client"},
    {Scope::Team, "team"},
    {Scope::SharedWithClient, "shared_with_client"},
}};

// The set of scope facts that hold for one (user, record) pair. Anywhere always holds.
class Relation {
public:
    constexpr Relation() = default;
    constexpr Relation(std::initializer_list<Scope> facts)
    {
        for (const Scope fact : facts) {
            m_bits |= bit(fact);
        }
    }

    constexpr bool holds(Scope fact) const
    {
        return fact == Scope::Anywhere || (m_bits & bit(fact)) != 0;
    }
    constexpr Relation with(Scope fact) const
    {
        Relation copy = *this;
        copy.m_bits |= bit(fact);
        return copy;
    }

private:
    static constexpr std::uint8_t bit(Scope fact)
    {
        return static_cast<std::uint8_t>(1U << static_cast<unsigned>(fact));
    }

    std::uint8_t m_bits = 0;
};

} // namespace fitflow
