#pragma once
// The server-side counter of an organization's invoice numbers: hands out disjoint blocks in
// increasing order and never goes back, so two devices can never receive the same number. The
// server persists `next()` in the same transaction that records which device got the block.

#include "shared/core/Result.h"
#include "shared/invoice/InvoiceNumberBlock.h"

#include <cstdint>

namespace fitflow::invoice {

class InvoiceNumberCounter {
public:
    static constexpr std::int64_t kMaxBlockSize = 10'000;

    // `next` is the first number never handed out (1 for a new organization).
    explicit InvoiceNumberCounter(std::int64_t next = 1);

    // Errors: `invalid_block_size` (outside 1..kMaxBlockSize), `amount_overflow`.
    Result<InvoiceNumberBlock> allocate(std::int64_t size);

    std::int64_t next() const { return m_next; }

private:
    std::int64_t m_next;
};

} // namespace fitflow::invoice
