#pragma once
// Reading a JSON request body: the content type must be application/json (UTF-8), and the
// text goes through fitflow::parseJson, so bad input becomes a 4xx error, never a 5xx.

#include "shared/codec/SafeJsonParser.h"
#include "shared/core/Result.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <string_view>

namespace fitflow::http {

// True for "application/json" with optional parameters, where a charset (if any) is UTF-8.
bool isJsonContentType(std::string_view contentType);

// Parses the body of `request` as one JSON document. Errors: `unsupported_media_type` (415,
// missing or other content type), `invalid_json` (400: empty body, syntax, invalid UTF-8,
// duplicate key — path names the key), `out_of_range` (400: too large or too deep).
Result<nlohmann::json> readRequestJson(const httplib::Request& request,
                                       const JsonLimits& limits = {});

// readRequestJson that also demands a top-level object; error `invalid_json` otherwise.
Result<nlohmann::json> readRequestJsonObject(const httplib::Request& request,
                                             const JsonLimits& limits = {});

} // namespace fitflow::http
