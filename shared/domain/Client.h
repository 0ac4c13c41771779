#pragma once
// A person who is trained, owned by one organization and assigned to one or more trainers
// (the assignment decides which trainers' devices receive the record, design §4 scope).

#include "shared/core/Result.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace fitflow {

struct Client {
    std::string id;
    std::string orgId;
    std::string firstName;
    std::string lastName;
    std::optional<std::string> email;
    std::optional<std::string> phone;
    std::vector<std::string> tags; // distinct, each a short label
    std::vector<std::string> assignedTrainerIds;

    nlohmann::json toJson() const;
    static Result<Client> fromJson(const nlohmann::json& json);

    friend bool operator==(const Client&, const Client&) = default;
};

} // namespace fitflow
