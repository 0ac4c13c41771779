#pragma once
// A client's consent as a versioned record, never a boolean that is overwritten: withdrawing
// is a new version with granted = false, so the history of what was agreed survives.

#include "shared/codec/EnumNames.h"
#include "shared/codec/TextFormats.h"
#include "shared/core/Result.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <span>
#include <string>

namespace fitflow {

enum class ConsentKind { Contact, DataSharing, Photo };

inline constexpr std::array<EnumName<ConsentKind>, 3> kConsentKindNames{{
    {ConsentKind::Contact, "contact"},
    {ConsentKind::DataSharing, "data_sharing"},
    {ConsentKind::Photo, "photo"},
}};

struct Consent {
    std::string id;
    std::string orgId;
    std::string clientId;
    ConsentKind kind = ConsentKind::Contact;
    std::int64_t version = 1; // 1, 2, 3 ... per client and kind
    bool granted = false;
    std::string policyVersion; // which wording the client agreed to, e.g. "2026-01"
    Instant recordedAt{};
    std::string recordedByUserId;

    nlohmann::json toJson() const;
    static Result<Consent> fromJson(const nlohmann::json& json);

    friend bool operator==(const Consent&, const Consent&) = default;
};

// The record in force for one client and kind: the highest version, or nullptr if none.
const Consent* currentConsent(std::span<const Consent> records, const std::string& clientId,
                              ConsentKind kind);

} // namespace fitflow
