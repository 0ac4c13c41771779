#pragma once
// The one way untrusted text becomes JSON: bounded in size and nesting, strict UTF-8, no
// duplicate keys, and no exception ever leaves it. Every codec and HTTP body goes through it.

#include "shared/core/Result.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string_view>

namespace fitflow {

struct JsonLimits {
    std::size_t maxBytes =
        std::size_t{1024} * 1024; // one sync batch is at most 256 KiB; leave headroom
    int maxDepth = 32;            // deepest domain document is about 5 levels
};

// Parses `text` as one JSON document. Errors: `invalid_json` (syntax, invalid UTF-8, duplicate
// key — path names the key), `out_of_range` (too large or nested too deeply).
Result<nlohmann::json> parseJson(std::string_view text, const JsonLimits& limits = {});

} // namespace fitflow
