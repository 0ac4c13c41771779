#pragma once
// Everything the totals of an invoice depend on: the tax point date (which picks the rates),
// the supplier's registrations, where the supply happens, and the lines.

#include "shared/invoice/InvoiceLine.h"
#include "shared/tax/PlaceOfSupply.h"
#include "shared/tax/SupplierRegistration.h"

#include <chrono>
#include <vector>

namespace fitflow::invoice {

struct InvoiceDraft {
    std::chrono::year_month_day taxPointDate{};
    tax::SupplierRegistration supplier;
    tax::SupplyLocation location;
    std::vector<InvoiceLine> lines;
};

} // namespace fitflow::invoice
