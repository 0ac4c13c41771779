#pragma once
// One JSON line per request: time, method, path, status, duration and response size. By design
// it never holds the query string, headers or bodies, so tokens and client data cannot leak into
// logs. Thread-safe.

#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>
#include <string>

namespace fitflow::http {

struct AccessLogEntry {
    std::chrono::system_clock::time_point time;
    std::string method;
    std::string path; // anything from '?' on is dropped when formatting
    int status = 0;
    double durationMs = 0;
    std::size_t bytes = 0;
};

class AccessLog {
public:
    explicit AccessLog(std::ostream& out);

    void write(const AccessLogEntry& entry);

    static std::string formatLine(const AccessLogEntry& entry);

private:
    std::ostream& m_out;
    std::mutex m_mutex;
};

} // namespace fitflow::http
