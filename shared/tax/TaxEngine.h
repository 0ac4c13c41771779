#pragma once
// Decides which taxes, at which rates, apply to a supply: looks the place of supply's rates up
// by tax point date and filters them by category and the supplier's registrations.

#include "shared/core/Result.h"
#include "shared/money/Rate.h"
#include "shared/tax/PlaceOfSupply.h"
#include "shared/tax/SupplierRegistration.h"
#include "shared/tax/TaxCategory.h"
#include "shared/tax/TaxTable.h"

#include <chrono>
#include <vector>

namespace fitflow::tax {

struct ApplicableTax {
    TaxCode code = TaxCode::GST;
    Province jurisdiction = Province::ON;
    money::Rate rate;
    TaxBase base = TaxBase::Net;

    friend bool operator==(const ApplicableTax&, const ApplicableTax&) = default;
};

// The federal rate in force beside a NetPlusFederalTax provincial tax, needed to compute it.
struct TaxesForSupply {
    std::vector<ApplicableTax> taxes; // federal first; empty for exempt supplies/small suppliers
    money::Rate federalRate;          // the GST/HST rate in force at the place and date
};

// Errors: `date_outside_tax_table` when `taxPoint` is before the table's coverage.
Result<TaxesForSupply> taxesForSupply(const TaxTable& table, std::chrono::year_month_day taxPoint,
                                      Province placeOfSupply, TaxCategory category,
                                      const SupplierRegistration& supplier);

} // namespace fitflow::tax
