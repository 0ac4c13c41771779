#pragma once
// Reads .ics text back into logical lines for line-by-line assertions.

#include <string>
#include <vector>

namespace fitflow::ical::testing {

// Splits at CRLF and joins folded continuation lines (CRLF + space).
inline std::vector<std::string> unfoldedLines(const std::string& ics)
{
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos < ics.size()) {
        const auto end = ics.find("\r\n", pos);
        const std::string physical = ics.substr(pos, end - pos);
        if (!physical.empty() && physical.front() == ' ' && !lines.empty()) {
            lines.back() += physical.substr(1);
        } else {
            lines.push_back(physical);
        }
        if (end == std::string::npos) {
            break;
        }
        pos = end + 2;
    }
    return lines;
}

// The lines between BEGIN:<component> and the matching END, for the n-th such component.
inline std::vector<std::string> componentLines(const std::vector<std::string>& lines,
                                               const std::string& component, int n = 0)
{
    std::vector<std::string> result;
    int seen = -1;
    bool inside = false;
    for (const std::string& line : lines) {
        if (!inside && line == "BEGIN:" + component && ++seen == n) {
            inside = true;
            continue;
        }
        if (inside && line == "END:" + component) {
            return result;
        }
        if (inside) {
            result.push_back(line);
        }
    }
    return result;
}

} // namespace fitflow::ical::testing
