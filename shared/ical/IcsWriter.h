#pragma once
// Writes RFC 5545 content lines: TEXT escaping, folding at 75 octets without splitting a UTF-8
// character, and CRLF line ends. Callers give property names (with parameters) and values;
// the writer owns every formatting rule so no other code emits raw iCalendar text.

#include <string>
#include <string_view>

namespace fitflow::ical {

// Escapes a TEXT value: backslash, semicolon and comma get a backslash, a line break becomes
// "\n"; other control characters (not allowed in TEXT) are dropped.
std::string escapeText(std::string_view text);

// Folds one content line (without its line end) to lines of at most 75 octets joined by
// CRLF + space, and ends it with CRLF. Never splits a UTF-8 sequence.
std::string foldLine(std::string_view line);

class IcsWriter {
public:
    void begin(std::string_view component); // BEGIN:VEVENT
    void end(std::string_view component);   // END:VEVENT

    // `name` may carry parameters ("DTSTART;TZID=America/Toronto"); `value` is written as is.
    void property(std::string_view name, std::string_view value);
    // Same, with `text` escaped as a TEXT value first.
    void textProperty(std::string_view name, std::string_view text);

    const std::string& text() const { return m_text; }

private:
    std::string m_text;
};

} // namespace fitflow::ical
