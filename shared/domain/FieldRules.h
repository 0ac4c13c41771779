#pragma once
// Shape checks for domain fields that are plain strings on the wire. They catch typos and
// hostile input at the codec; they do not prove an address or a number exists.

#include <string_view>

namespace fitflow {

// local@domain.tld, at most 254 bytes, no spaces or control characters.
bool isPlausibleEmail(std::string_view text);
// Digits with optional + ( ) - . and spaces; 7 to 15 digits (E.164 allows 15).
bool isPlausiblePhone(std::string_view text);
// An IANA zone name such as "America/Toronto" or "UTC" (shape only: shared/ reads no tz files).
bool isPlausibleTimeZoneName(std::string_view text);
// Three uppercase letters (ISO 4217 shape), e.g. "CAD".
bool isCurrencyCode(std::string_view text);
// 64 lowercase hex digits (a SHA-256 digest).
bool isSha256Hex(std::string_view text);

} // namespace fitflow
