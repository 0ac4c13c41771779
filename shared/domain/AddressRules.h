#pragma once
// The rules of a studio location's street address (server migration 0023), shared by every
// writer (the server's location API) and every reader that prints it (the desktop's invoice
// PDF), so both agree on one canonical form: trimmed lines, a postal code as Canada Post writes
// it ("H2T 1S6").

#include "shared/core/Result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fitflow {

inline constexpr std::size_t kMaxAddressLineBytes = 100;
inline constexpr std::size_t kMaxStreetLines = 2;

// One or two lines ("\n" or "\r\n" between them) of 1–100 bytes once trimmed, no control
// characters; answers the trimmed lines joined by "\n". Error `invalid_value` at "street".
Result<std::string> normalizeStreet(std::string_view text);
// One line of 1–100 bytes once trimmed, no control characters. `invalid_value` at "city".
Result<std::string> normalizeCity(std::string_view text);
// A Canadian postal code in any case, with or without its space ("h2t1s6"): answers "H2T 1S6".
// Error `invalid_value` at "postal_code" unless it has Canada Post's shape (letter digit letter
// digit letter digit; no D, F, I, O, Q or U, and no W or Z first).
Result<std::string> normalizePostalCode(std::string_view text);

// The lines an invoice prints under the supplier's name: the street's lines, then
// "City PROVINCE  POSTAL" with whichever parts are known. None when street, city and postal
// code are all unknown (no empty lines; the province alone is no address).
std::vector<std::string> addressLines(const std::optional<std::string>& street,
                                      const std::optional<std::string>& city,
                                      std::string_view province,
                                      const std::optional<std::string>& postalCode);

} // namespace fitflow
