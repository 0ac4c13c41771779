#pragma once
// Helpers for codec tests: decode JSON text and assert success, or the exact error code and
// field path.

#include "shared/core/Result.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

namespace fitflow::testing {

template <typename T> T decoded(const nlohmann::json& json)
{
    Result<T> result = T::fromJson(json);
    EXPECT_TRUE(result.ok()) << (result.ok() ? ""
                                             : result.error().code + " at " + result.error().path);
    return result.ok() ? std::move(result).value() : T{};
}

template <typename T>
void expectRejected(const nlohmann::json& json, const std::string& code, const std::string& path)
{
    const Result<T> result = T::fromJson(json);
    ASSERT_FALSE(result.ok()) << "accepted: " << json.dump();
    EXPECT_EQ(result.error().code, code) << json.dump();
    EXPECT_EQ(result.error().path, path) << json.dump();
}

// `json` with `key` replaced, or removed when `value` is discarded.
inline nlohmann::json with(nlohmann::json json, const std::string& key, nlohmann::json value)
{
    json[key] = std::move(value);
    return json;
}

inline nlohmann::json without(nlohmann::json json, const std::string& key)
{
    json.erase(key);
    return json;
}

} // namespace fitflow::testing
