#pragma once
// Helpers for libpq connection strings (URI "postgresql://..." or "key=value" form).

#include <string>
#include <string_view>

namespace fitflow::storage {

// `url` with libpq's connect_timeout set to `seconds`, unless it already names one, so a dead
// database fails fast instead of hanging a request or a readiness probe.
std::string withConnectTimeout(std::string_view url, int seconds);

} // namespace fitflow::storage
