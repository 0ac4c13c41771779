#pragma once
// What a client consents to (design §2). A consent is a versioned record: each decision is a new
// record naming the policy version it was given for; the latest record per kind is the state.

#include "shared/codec/EnumNames.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace fitflow::clients {

enum class ConsentKind { Contact, DataSharing, Photo };

inline constexpr std::array<EnumName<ConsentKind>, 3> kConsentKindNames{{
    {ConsentKind::Contact, "contact"},
    {ConsentKind::DataSharing, "data_sharing"},
    {ConsentKind::Photo, "photo"},
}};

inline std::optional<ConsentKind> parseConsentKind(std::string_view name)
{
    return enumFromName(kConsentKindNames, name);
}

inline constexpr std::size_t kMaxPolicyVersionLength = 50;

} // namespace fitflow::clients
