#pragma once
// Headers sent with every answer: API responses are never cached and never sniffed, and
// browsers are told to use HTTPS only.

#include <httplib.h>

namespace fitflow::http {

httplib::Headers securityHeaders();

} // namespace fitflow::http
