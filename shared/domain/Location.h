#pragma once
// A studio location: where sessions happen, which decides the province for tax (place of
// supply) and the time zone wall-clock times are computed in.

#include "shared/core/Result.h"
#include "shared/tax/Province.h"

#include <nlohmann/json.hpp>

#include <string>

namespace fitflow {

struct Location {
    std::string id;
    std::string orgId;
    std::string name;
    std::string address;
    tax::Province province = tax::Province::ON;
    std::string timeZone; // IANA name, e.g. "America/Toronto"

    nlohmann::json toJson() const;
    static Result<Location> fromJson(const nlohmann::json& json);

    friend bool operator==(const Location&, const Location&) = default;
};

} // namespace fitflow
