#pragma once
// Which province's taxes apply to a session, and why, so the desktop can show the rule it used.
// In person, the personal-service rule puts the supply where the session happens (ETA Sch. IX
// Part V); remote coaching is supplied where the client is.

#include "shared/codec/EnumNames.h"
#include "shared/tax/Province.h"

#include <array>

namespace fitflow::tax {

enum class SessionMode { InPerson, Remote };

inline constexpr std::array<EnumName<SessionMode>, 2> kSessionModeNames{{
    {SessionMode::InPerson, "in_person"},
    {SessionMode::Remote, "remote"},
}};

// Where a supply takes place, as the invoice records it: the session's province in person, the
// client's province for remote work.
struct SupplyLocation {
    SessionMode mode = SessionMode::InPerson;
    Province province = Province::ON;
};

enum class PlaceOfSupplyRule { SessionProvince, ClientProvince };

inline constexpr std::array<EnumName<PlaceOfSupplyRule>, 2> kPlaceOfSupplyRuleNames{{
    {PlaceOfSupplyRule::SessionProvince, "in_person_session_province"},
    {PlaceOfSupplyRule::ClientProvince, "remote_client_province"},
}};

struct PlaceOfSupply {
    Province province = Province::ON;
    PlaceOfSupplyRule rule = PlaceOfSupplyRule::SessionProvince;

    friend bool operator==(const PlaceOfSupply&, const PlaceOfSupply&) = default;
};

PlaceOfSupply determinePlaceOfSupply(const SupplyLocation& location);

} // namespace fitflow::tax
