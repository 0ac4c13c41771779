#include "server/http/SecurityHeaders.h"

namespace fitflow::http {

httplib::Headers securityHeaders()
{
    return {
        {"Cache-Control", "no-store"},
        {"X-Content-Type-Options", "nosniff"},
        {"Strict-Transport-Security", "max-age=63072000; includeSubDomains"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Frame-Options", "DENY"},
        {"Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"},
    };
}

} // namespace fitflow::http
