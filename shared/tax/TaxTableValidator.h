#pragma once
// The consistency rules of a tax table, so a typo in canada.json fails the tests instead of
// charging the wrong rate: every jurisdiction once; per jurisdiction one federal tax (GST or
// HST) on every day from the common start date on; no overlapping or gapped periods of one tax;
// no provincial tax beside HST; QST only in QC, RST only in MB. Returns the common start date.

#include "shared/core/Result.h"
#include "shared/tax/TaxTableReader.h"

#include <chrono>
#include <vector>

namespace fitflow::tax {

Result<std::chrono::year_month_day> validateTaxTable(const std::vector<JurisdictionEntry>& entries);

} // namespace fitflow::tax
