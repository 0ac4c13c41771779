#pragma once
// One line of an invoice draft. Its net is quantity × unit price − discount; when
// `taxIncluded` (late-cancel and no-show fees, forfeited deposits: ETA s.182) that net is a gross
// amount whose tax is extracted rather than added.

#include "shared/money/Money.h"
#include "shared/tax/TaxCategory.h"

#include <cstdint>
#include <string>

namespace fitflow::invoice {

// Quantities are whole units (sessions, items); more than this on one line is a typing error.
inline constexpr std::int64_t kMaxLineQuantity = 10'000;

struct InvoiceLine {
    std::string description;
    std::int64_t quantity = 1;
    money::Money unitPrice;
    money::Money discount;
    tax::TaxCategory category = tax::TaxCategory::Service;
    bool taxIncluded = false;
};

} // namespace fitflow::invoice
