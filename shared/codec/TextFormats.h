#pragma once
// The textual shapes of the wire format: calendar dates "2026-03-15", UTC instants
// "2026-03-15T14:00:00Z" (RFC 3339, millisecond precision) and canonical lowercase UUIDs.
// Parsers accept exactly what the formatters produce plus RFC 3339 fractions up to 9 digits.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace fitflow {

// A point in time, UTC, to the millisecond (what PostgreSQL, SQLite and Qt all keep losslessly).
using Instant = std::chrono::sys_time<std::chrono::milliseconds>;

std::optional<std::chrono::year_month_day> parseIsoDate(std::string_view text);
std::string formatIsoDate(std::chrono::year_month_day date);

// Only the "Z" designator is accepted: the wire format carries UTC, never local offsets.
// Fractions finer than a millisecond must be zero (nothing is silently truncated).
std::optional<Instant> parseUtcInstant(std::string_view text);
// Omits the fraction when it is zero: "2026-03-15T14:00:00Z", else "2026-03-15T14:00:00.250Z".
std::string formatUtcInstant(Instant instant);

// 8-4-4-4-12 lowercase hex digits. Uppercase is refused so ids compare equal byte for byte.
bool isCanonicalUuid(std::string_view text);

} // namespace fitflow
