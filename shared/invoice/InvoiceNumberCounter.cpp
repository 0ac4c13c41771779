#include "shared/invoice/InvoiceNumberCounter.h"

#include "shared/money/CheckedArithmetic.h"

#include <algorithm>

namespace fitflow::invoice {

InvoiceNumberCounter::InvoiceNumberCounter(std::int64_t next)
    : m_next(std::max<std::int64_t>(next, 1))
{
}

Result<InvoiceNumberBlock> InvoiceNumberCounter::allocate(std::int64_t size)
{
    if (size < 1 || size > kMaxBlockSize) {
        return makeError("invalid_block_size", "a block holds 1 to 10000 numbers", "size");
    }
    auto end = money::checkedAdd(m_next, size);
    if (!end) {
        return end.error();
    }
    InvoiceNumberBlock block{m_next, size};
    m_next = *end;
    return block;
}

} // namespace fitflow::invoice
