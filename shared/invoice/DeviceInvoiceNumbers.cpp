#include "shared/invoice/DeviceInvoiceNumbers.h"

namespace fitflow::invoice {

namespace {

bool overlap(const InvoiceNumberBlock& a, const InvoiceNumberBlock& b)
{
    return a.first < b.end() && b.first < a.end();
}

} // namespace

Result<DeviceInvoiceNumbers>
DeviceInvoiceNumbers::restore(const std::vector<InvoiceNumberBlock>& heldBlocks,
                              std::int64_t consumedCount)
{
    DeviceInvoiceNumbers numbers;
    for (const InvoiceNumberBlock& block : heldBlocks) {
        if (Status added = numbers.addBlock(block); !added) {
            return added.error();
        }
    }
    if (consumedCount < 0 || consumedCount > numbers.remaining()) {
        return makeError("invalid_value", "more numbers consumed than held", "consumed");
    }
    for (std::int64_t i = 0; i < consumedCount; ++i) {
        (void)numbers.takeNext();
    }
    return numbers;
}

Status DeviceInvoiceNumbers::addBlock(const InvoiceNumberBlock& block)
{
    if (block.count < 1 || block.first < 1) {
        return makeError("invalid_block", "a block holds at least one positive number");
    }
    for (const InvoiceNumberBlock& held : m_everHeld) {
        if (overlap(held, block)) {
            return makeError("block_overlap", "the block shares numbers with one held before");
        }
    }
    m_everHeld.push_back(block);
    m_pending.push_back(block);
    return {};
}

Result<std::int64_t> DeviceInvoiceNumbers::takeNext()
{
    while (!m_pending.empty() && m_usedInFront == m_pending.front().count) {
        m_pending.pop_front();
        m_usedInFront = 0;
    }
    if (m_pending.empty()) {
        return makeError("invoice_numbers_exhausted", "no reserved invoice numbers are left");
    }
    ++m_consumed;
    return m_pending.front().first + m_usedInFront++;
}

std::int64_t DeviceInvoiceNumbers::remaining() const
{
    std::int64_t left = -m_usedInFront;
    for (const InvoiceNumberBlock& block : m_pending) {
        left += block.count;
    }
    return left;
}

} // namespace fitflow::invoice
