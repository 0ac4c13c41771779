#pragma once
// Money typed by a user to integer cents, without floating point: "85", "85.5", "$1,234.56",
// "1 234,56 $" (French Canadian). The last '.' or ',' followed by one or two digits is the
// decimal sign; other separators, spaces and the dollar sign are ignored.

#include <QString>

#include <cstdint>
#include <optional>

namespace fitflow::desktop {

class MoneyInput {
public:
    // nullopt for empty or malformed text, a negative amount, or more than two decimals.
    static std::optional<std::int64_t> toCents(const QString& text);
};

} // namespace fitflow::desktop
