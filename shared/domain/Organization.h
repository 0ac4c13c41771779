#pragma once
// The tenant (design §2): a studio company with locations, or a trainer's independent practice.

#include "shared/codec/EnumNames.h"
#include "shared/core/Result.h"

#include <nlohmann/json.hpp>

#include <array>
#include <string>

namespace fitflow {

enum class OrganizationKind { Studio, IndependentPractice };

inline constexpr std::array<EnumName<OrganizationKind>, 2> kOrganizationKindNames{{
    {OrganizationKind::Studio, "studio"},
    {OrganizationKind::IndependentPractice, "independent_practice"},
}};

struct Organization {
    std::string id;
    std::string name;
    OrganizationKind kind = OrganizationKind::Studio;

    nlohmann::json toJson() const;
    static Result<Organization> fromJson(const nlohmann::json& json);

    friend bool operator==(const Organization&, const Organization&) = default;
};

} // namespace fitflow
