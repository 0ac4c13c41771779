#pragma once
// How a sequence number is printed: "<prefix>-<year>-<zero-padded number>", e.g.
// "INV-2026-000123". The prefix is configurable per organization ("CN" for credit notes).

#include "shared/core/Result.h"

#include <chrono>
#include <cstdint>
#include <string>

namespace fitflow::invoice {

struct InvoiceNumberFormat {
    std::string prefix = "INV";
    int digits = 6;
};

// Errors: `invalid_value` for an empty or non-alphanumeric prefix, digits outside 1..12, a
// non-positive number or a year outside 1000..9999.
Result<std::string> formatInvoiceNumber(const InvoiceNumberFormat& format, std::chrono::year year,
                                        std::int64_t number);

} // namespace fitflow::invoice
