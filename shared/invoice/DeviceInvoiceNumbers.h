#pragma once
// The invoice numbers one device holds: blocks received from the server, consumed strictly in
// order. A number once taken is never handed out again, and a block that overlaps anything the
// device already held is refused, so a replayed or duplicated server reply cannot cause reuse.
// Not thread-safe; the device persists it together with the invoice that used the number.

#include "shared/core/Result.h"
#include "shared/invoice/InvoiceNumberBlock.h"

#include <cstdint>
#include <deque>
#include <vector>

namespace fitflow::invoice {

class DeviceInvoiceNumbers {
public:
    // Rebuilds the state persisted as heldBlocks() + consumedCount(). Errors: those of
    // addBlock(), and `invalid_value` when more numbers were consumed than held.
    static Result<DeviceInvoiceNumbers> restore(const std::vector<InvoiceNumberBlock>& heldBlocks,
                                                std::int64_t consumedCount);

    // Errors: `invalid_block` (empty), `block_overlap` (shares numbers with a block held before).
    Status addBlock(const InvoiceNumberBlock& block);

    // The next unused number. Errors: `invoice_numbers_exhausted` (ask the server for a block).
    Result<std::int64_t> takeNext();

    std::int64_t remaining() const;
    // True when fewer than `threshold` numbers are left: time to reserve a block while online.
    bool needsRefill(std::int64_t threshold) const { return remaining() < threshold; }

    // Every block ever received, in order of receipt, and how many numbers were taken from
    // them: together, the whole state to persist.
    const std::vector<InvoiceNumberBlock>& heldBlocks() const { return m_everHeld; }
    std::int64_t consumedCount() const { return m_consumed; }

private:
    std::deque<InvoiceNumberBlock> m_pending; // the front block is being consumed
    std::int64_t m_usedInFront = 0;
    std::vector<InvoiceNumberBlock> m_everHeld;
    std::int64_t m_consumed = 0;
};

} // namespace fitflow::invoice
