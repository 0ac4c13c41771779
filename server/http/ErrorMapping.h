#pragma once
// The one place where error codes become HTTP: a status and the JSON body
// {"error":{"code":"...","message":"..."}} (plus "path" when a field is at fault).

#include "shared/core/Result.h"

#include <string>
#include <string_view>

namespace fitflow::http {

// HTTP status for an error code; unknown codes are 500.
int httpStatusFor(std::string_view code);

// The JSON body for `error`. For a 5xx caused by an unexpected error, the message is replaced
// by a generic one so internals never reach clients.
std::string errorBody(const Error& error);

// The error to report when cpp-httplib itself decided the status (bad request line, no route,
// body too large, ...).
Error errorForStatus(int status);

} // namespace fitflow::http
