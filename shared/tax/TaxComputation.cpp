#include "shared/tax/TaxComputation.h"

#include "shared/money/CheckedArithmetic.h"
#include "shared/money/Rounding.h"

namespace fitflow::tax {

namespace {

using money::Rate;

// Shares of the net are in millionths of parts per million, so that a compound rate
// (QST 8.5% of net + 5% GST = 8.925% of net) stays an exact integer.
constexpr std::int64_t kShareScale = Rate::kPartsPerMillion * Rate::kPartsPerMillion;

std::int64_t shareOfNet(const ApplicableTax& tax, Rate federalRate)
{
    const std::int64_t ppm = tax.rate.partsPerMillion();
    if (tax.base == TaxBase::NetPlusFederalTax) {
        return ppm * (Rate::kPartsPerMillion + federalRate.partsPerMillion());
    }
    return ppm * Rate::kPartsPerMillion;
}

} // namespace

Result<std::int64_t> taxOnNet(std::int64_t netCents, const ApplicableTax& tax, Rate federalRate)
{
    if (tax.base == TaxBase::Net) {
        return money::applyRate(netCents, tax.rate);
    }
    auto federal = money::applyRate(netCents, federalRate);
    if (!federal) {
        return federal.error();
    }
    auto withFederal = money::checkedAdd(netCents, *federal);
    if (!withFederal) {
        return withFederal.error();
    }
    return money::applyRate(*withFederal, tax.rate);
}

Result<std::vector<std::int64_t>> extractIncludedTaxes(std::int64_t grossCents,
                                                       const TaxesForSupply& supply)
{
    std::int64_t denominator = kShareScale;
    for (const ApplicableTax& tax : supply.taxes) {
        denominator += shareOfNet(tax, supply.federalRate);
    }
    std::vector<std::int64_t> amounts;
    amounts.reserve(supply.taxes.size());
    for (const ApplicableTax& tax : supply.taxes) {
        auto amount =
            money::mulDivRoundHalfUp(grossCents, shareOfNet(tax, supply.federalRate), denominator);
        if (!amount) {
            return amount.error();
        }
        amounts.push_back(*amount);
    }
    return amounts;
}

} // namespace fitflow::tax
