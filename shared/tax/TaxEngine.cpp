#include "shared/tax/TaxEngine.h"

namespace fitflow::tax {

namespace {

bool applies(const TaxPeriod& period, Province place, TaxCategory category,
             const SupplierRegistration& supplier)
{
    if (!supplier.gstHstRegistered || category == TaxCategory::Exempt) {
        return false;
    }
    switch (period.code) {
    case TaxCode::GST:
    case TaxCode::HST:
        return true;
    case TaxCode::QST:
        return supplier.qstRegistered;
    case TaxCode::PST:
    case TaxCode::RST:
        // Personal training is outside PST/RST (BC Bulletin 138, MB Bulletin 062, SK 2022).
        return category == TaxCategory::Goods && supplier.pstRegistered.count(place) > 0;
    }
    return false;
}

} // namespace

Result<TaxesForSupply> taxesForSupply(const TaxTable& table, std::chrono::year_month_day taxPoint,
                                      Province placeOfSupply, TaxCategory category,
                                      const SupplierRegistration& supplier)
{
    const std::vector<const TaxPeriod*> inForce = table.periodsOn(placeOfSupply, taxPoint);
    if (inForce.empty() || !isFederal(inForce.front()->code)) {
        return makeError("date_outside_tax_table", "no tax rates for this tax point date");
    }
    TaxesForSupply result;
    result.federalRate = inForce.front()->rate;
    for (const TaxPeriod* period : inForce) {
        if (applies(*period, placeOfSupply, category, supplier)) {
            result.taxes.push_back({period->code, placeOfSupply, period->rate, period->base});
        }
    }
    return result;
}

} // namespace fitflow::tax
