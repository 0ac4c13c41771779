#pragma once
// A client's tags travel as ONE last-writer-wins field: a JSON array of short strings in
// canonical form (trimmed, non-empty, unique, sorted by byte value), so two replicas holding the
// same set hold byte-identical values and a concurrent edit replaces the whole list.

#include "shared/core/Result.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace fitflow::clients {

inline constexpr std::size_t kMaxTags = 20;
inline constexpr std::size_t kMaxTagCharacters = 32;

// Trims each tag, drops empty ones and duplicates, sorts. Does not enforce the limits.
std::vector<std::string> canonicalTags(const std::vector<std::string>& tags);

// Error `invalid_value` unless `value` is a canonical array of at most kMaxTags tags of 1 to
// kMaxTagCharacters characters (UTF-8 code points) without control characters.
Status checkTagList(const nlohmann::json& value);

} // namespace fitflow::clients
