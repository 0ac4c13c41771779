#pragma once
// The arithmetic of one tax on one amount, exact and rounded half up to the cent:
// - added on top of a net: rate × net, or rate × (net + federal tax on it) for the taxes that
//   were levied on the GST-inclusive price (QST before 2013, PEI PST before 2013-04);
// - extracted from a tax-included gross G (ETA s.182 fees): tax i = round(G × fi / (1 + Σf)),
//   where fi is tax i's share of the net (its rate, or rate × (1 + GST rate) when compound).

#include "shared/core/Result.h"
#include "shared/tax/TaxEngine.h"

#include <cstdint>
#include <vector>

namespace fitflow::tax {

// Errors: `amount_overflow`.
Result<std::int64_t> taxOnNet(std::int64_t netCents, const ApplicableTax& tax,
                              money::Rate federalRate);

// One amount per entry of `supply.taxes`, in the same order. Errors: `amount_overflow`.
Result<std::vector<std::int64_t>> extractIncludedTaxes(std::int64_t grossCents,
                                                       const TaxesForSupply& supply);

} // namespace fitflow::tax
