#pragma once
// A contiguous run of invoice sequence numbers [first, first + count) reserved for one device,
// so a trainer can issue final, unique numbers offline.

#include <cstdint>

namespace fitflow::invoice {

struct InvoiceNumberBlock {
    std::int64_t first = 1;
    std::int64_t count = 0;

    std::int64_t end() const { return first + count; } // one past the last number
    bool contains(std::int64_t number) const { return number >= first && number < end(); }

    friend bool operator==(const InvoiceNumberBlock&, const InvoiceNumberBlock&) = default;
};

} // namespace fitflow::invoice
