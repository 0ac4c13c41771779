#include "server/http/AccessLog.h"

#include <date/date.h>
#include <nlohmann/json.hpp>

#include <cmath>

namespace fitflow::http {

AccessLog::AccessLog(std::ostream& out)
    : m_out(out)
{
}

void AccessLog::write(const AccessLogEntry& entry)
{
    const std::string line = formatLine(entry);
    const std::lock_guard lock(m_mutex);
    m_out << line << '\n' << std::flush;
}

std::string AccessLog::formatLine(const AccessLogEntry& entry)
{
    const auto millis = std::chrono::floor<std::chrono::milliseconds>(entry.time);
    const std::string path = entry.path.substr(0, entry.path.find('?'));
    // Microsecond precision is plenty and keeps the line short.
    const double durationMs = std::round(entry.durationMs * 1000.0) / 1000.0;
    const nlohmann::json line{
        {"time", date::format("%FT%TZ", millis)},
        {"method", entry.method},
        {"path", path},
        {"status", entry.status},
        {"duration_ms", durationMs},
        {"bytes", entry.bytes},
    };
    return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace fitflow::http
