#pragma once
// One person's identity across every organization they belong to (design §2).

#include "shared/codec/EnumNames.h"
#include "shared/core/Result.h"

#include <nlohmann/json.hpp>

#include <array>
#include <string>

namespace fitflow {

enum class UserLocale { EnglishCanada, FrenchCanada };

inline constexpr std::array<EnumName<UserLocale>, 2> kUserLocaleNames{{
    {UserLocale::EnglishCanada, "en_CA"},
    {UserLocale::FrenchCanada, "fr_CA"},
}};

struct User {
    std::string id;
    std::string email;
    std::string displayName;
    UserLocale locale = UserLocale::EnglishCanada;

    nlohmann::json toJson() const;
    static Result<User> fromJson(const nlohmann::json& json);

    friend bool operator==(const User&, const User&) = default;
};

} // namespace fitflow
