#pragma once
// What a privacy-mode calendar shows instead of a client's name: "Jane Doe" -> "J.D.".

#include <string>
#include <string_view>

namespace fitflow::ical {

// The first character (a whole UTF-8 sequence) of each space-separated word, each followed by
// '.', ASCII letters upper-cased: "émilie tremblay-roy" -> "é.T.". Empty for a blank name.
std::string clientInitials(std::string_view fullName);

} // namespace fitflow::ical
