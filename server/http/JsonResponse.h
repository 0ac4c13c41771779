#pragma once
// Writing JSON answers: every API response goes through these two functions.

#include "shared/core/Result.h"

#include <httplib.h>
#include <nlohmann/json_fwd.hpp>

namespace fitflow::http {

inline constexpr const char* kJsonContentType = "application/json; charset=utf-8";

void writeJson(httplib::Response& response, int status, const nlohmann::json& body);

// Status from httpStatusFor(error.code), body from errorBody(error).
void writeError(httplib::Response& response, const Error& error);

} // namespace fitflow::http
